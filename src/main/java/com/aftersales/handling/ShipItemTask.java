package com.aftersales.handling;

import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import com.aftersales.tasks.TaskLifecycleListener;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The warehouse's "Ship the item 发货": the task carries where to ship (the order's shipping address from the order
 * system, {@value #SHIP_TO}, shown by its form beside the item), and goes to whoever inspected the returned goods when
 * that was a warehouse clerk - they have the parcel and the case in hand - instead of waiting in the warehouse queue.
 * A task variable, not a process variable: the address is the ship task's business only.
 */
@Component
class ShipItemTask implements TaskLifecycleListener {

    static final String SHIP_TO = "shipTo";

    private final OrderLookup orders;

    /** The engine's services come with the task: task listeners are made before the engine, which they are part of. */
    ShipItemTask(OrderLookup orders) {
        this.orders = orders;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(AfterSalesCase.PROCESS_KEY);
    }

    @Override
    public Set<String> events() {
        return Set.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Element.SHIP_ITEM.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Optional.ofNullable(Var.ORDER_ID.get(task)).flatMap(orders::find).map(ShopOrder::shippingAddress)
                .filter(address -> !address.isBlank())
                .ifPresent(address -> task.setVariableLocal(SHIP_TO, address));
        // the clerk completing the inspection may read neither history nor users: the application's own rule applies
        ProcessEngineServices engine = task.getProcessEngineServices();
        Context.getCommandContext().runWithoutAuthorization(() -> inspector(engine.getHistoryService(),
                        engine.getIdentityService(), task.getProcessInstanceId()))
                .ifPresent(task::setAssignee);
    }

    /** Who worked the case's latest inspection of returned goods (completed just now), if a warehouse clerk. */
    private static Optional<String> inspector(HistoryService history, IdentityService identity,
                                              String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                // not .finished(): the inspection ends in this very transaction, its end not yet written
                .taskDefinitionKey(Element.INSPECT_RETURN)
                .orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1).stream()
                .map(HistoricTaskInstance::getAssignee)
                .filter(assignee -> assignee != null
                        && identity.createUserQuery().userId(assignee).memberOfGroup(Groups.WAREHOUSE).count() > 0)
                .findFirst();
    }
}
