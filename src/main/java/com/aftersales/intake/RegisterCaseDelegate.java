package com.aftersales.intake;

import com.aftersales.casefile.CaseIds;
import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Variable;
import com.aftersales.routing.AgentRouting;
import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.CustomerTier;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Step 1: gives the case its id (the business key), keeps its record, routes it to the buyer's
 * agent and acknowledges the buyer. Cases opened over /api arrive with id and record already;
 * cases started from the Tasklist start form or engine REST get them here.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

    /** Who started the case from Tasklist (the start event's {@code camunda:initiator}). */
    static final Variable<String> INITIATOR = Variable.text("initiator");

    private final CaseRepository cases;
    private final CaseIds caseIds;
    private final AgentRouting routing;
    private final Notifier notifier;
    private final OrderLookup orders;
    private final Clock clock;

    RegisterCaseDelegate(CaseRepository cases, CaseIds caseIds, AgentRouting routing, Notifier notifier,
                         OrderLookup orders, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.caseIds = caseIds;
        this.routing = routing;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = requiredText(execution, Var.ORDER_ID);
        String buyerId = requiredText(execution, Var.BUYER_ID);
        Channel channel = channel(requiredText(execution, Var.CHANNEL));

        String caseId = execution.getProcessBusinessKey();
        if (caseId == null || caseId.isBlank()) {
            caseId = caseIds.next();
            execution.setProcessBusinessKey(caseId);
        }
        Var.CASE_ID.set(execution, caseId);
        if (cases.find(caseId).isEmpty()) {
            cases.insert(CaseRecord.open(caseId, orderId, buyerId, channel, null, INITIATOR.get(execution),
                    clock.instant()));
        }
        cases.attachProcess(caseId, execution.getProcessInstanceId(), orderId);
        // the buyer's tier orders the case's tasks from the first one on (tasks/TierPriority)
        Var.BUYER_TIER.set(execution, orders.find(orderId).map(ShopOrder::buyerTier).orElse(CustomerTier.NORMAL));

        AgentRouting.Route route = routing.route(buyerId, caseId);
        String agent = route.agent().orElse(null);
        // no agent yet: no caseAgent either, and the agents' tasks go to the group
        // (their assignee is ${execution.getVariable('caseAgent')}, null while the variable is absent)
        if (agent != null) {
            Var.CASE_AGENT.set(execution, agent);
            cases.assignAgent(caseId, agent);
        }
        if (route.unavailableAgent().isPresent()) {
            notifier.send(caseId, Audience.TEAM_LEADS, Groups.TEAM_LEADS, Phrase.BUYER_AGENT_UNAVAILABLE,
                    Map.of("agent", route.unavailableAgent().get(), "buyerId", buyerId, "caseId", caseId));
        }
        notifier.send(caseId, Audience.BUYER, buyerId, Phrase.ACKNOWLEDGE, Map.of("caseId", caseId));
    }

    private static String requiredText(DelegateExecution execution, Variable<?> variable) {
        Object value = execution.getVariable(variable.name());
        if (!(value instanceof String text) || text.isBlank()) {
            throw new FormFieldValidationException(variable.name(), "A case needs '" + variable.name() + "' (text).");
        }
        return text.trim();
    }

    private static Channel channel(String channel) {
        return Arrays.stream(Channel.values()).filter(known -> known.name().equals(channel)).findFirst()
                .orElseThrow(() -> new FormFieldValidationException(Var.CHANNEL.name(),
                        "'" + channel + "' is not a channel; one of " + Arrays.toString(Channel.values())));
    }
}
