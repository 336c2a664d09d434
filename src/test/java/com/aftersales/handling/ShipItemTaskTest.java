package com.aftersales.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.RequestedOutcome;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ship task of an exchange: the order's address on the task, and the warehouse clerk who inspected as assignee. */
@AfterSalesTest
class ShipItemTaskTest {

    private static final String ADDRESS = "王女士 13800000000 杭州市西湖区文三路 1 号";

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired ReturnShipments returns;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theWarehouseClerkWhoInspectedGetsTheShipTaskWithTheAddress() {
        String caseId = exchangeAwaitingInspection(ADDRESS);
        inspectAs(caseId, "warehouse1");

        Task ship = task(caseId);
        assertThat(ship.getTaskDefinitionKey()).isEqualTo(Element.SHIP_ITEM);
        assertThat(ship.getAssignee()).isEqualTo("warehouse1");
        assertThat(tasks.getVariableLocal(ship.getId(), ShipItemTask.SHIP_TO)).isEqualTo(ADDRESS);
    }

    @Test
    void anInspectionBySomeoneOutsideTheWarehouseLeavesTheShipTaskInTheQueue() {
        String caseId = exchangeAwaitingInspection(null);
        inspectAs(caseId, "lead1");

        Task ship = task(caseId);
        assertThat(ship.getTaskDefinitionKey()).isEqualTo(Element.SHIP_ITEM);
        assertThat(ship.getAssignee()).isNull();
        assertThat(tasks.getVariablesLocal(ship.getId())).doesNotContainKey(ShipItemTask.SHIP_TO);
    }

    private String exchangeAwaitingInspection(String address) {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        jdbc.update("update shop_order set shipping_address = ? where order_id = ?", address, order.orderId());
        String caseId = fixtures.openCase(order, "电池坏了 the battery is dead", RequestedOutcome.RETURN);
        fixtures.completeTask(caseId, Map.of(Var.ORDER_VERIFIED.name(), true));
        fixtures.completeTask(caseId, Map.of(Var.ISSUE_TYPE.name(), "QUALITY_DEFECT", Var.EVIDENCE_PROVIDED.name(), true));
        fixtures.completeTask(caseId, Map.of(Var.RESOLUTION.name(), "EXCHANGE"));
        fixtures.completeTask(caseId, Map.of("customerDecision", "ACCEPTED"));
        returns.shipped(caseId, "顺丰 SF", "SF1234567890");
        assertThat(task(caseId).getTaskDefinitionKey()).isEqualTo(Element.INSPECT_RETURN);
        return caseId;
    }

    private void inspectAs(String caseId, String user) {
        Task inspection = task(caseId);
        tasks.claim(inspection.getId(), user);
        tasks.complete(inspection.getId(), Map.of(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
    }

    private Task task(String caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    }
}
