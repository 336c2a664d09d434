package com.aftersales.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verification forms still get what the order look-up found ({@code orderFound}, {@code orderBuyerMatches}) and
 * its words ({@code orderStatus}, {@code lookupNote}), computed when the form loads instead of stored as process
 * variables (issue 22).
 */
@AfterSalesTest
class LookupFormValuesTest {

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;

    private Task task(String caseId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    }

    private VariableMap form(Task task) {
        return engine.getFormService().getTaskFormVariables(task.getId());
    }

    private void notStored(Task task) {
        assertThat(engine.getRuntimeService().getVariables(task.getExecutionId()).keySet())
                .doesNotContainAnyElementsOf(LookupFormValues.NAMES);
    }

    @Test
    void aDeliveredOrderOfTheBuyer() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "充不进电");
        Task verify = task(caseId);

        assertThat(form(verify)).containsEntry("orderFound", true).containsEntry("orderBuyerMatches", true)
                .containsEntry("orderStatus", "DELIVERED").containsEntry("lookupNote",
                "买家一致 buyer matches · 签收 2 天前 delivered 2 day(s) ago");
        notStored(verify);

        fixtures.completeTask(caseId, java.util.Map.of("orderVerified", true));
        assertThat(form(task(caseId))).as("the confirmation form").containsEntry("orderStatus", "DELIVERED");
    }

    @Test
    void anOrderTheOrderSystemDoesNotKnow() {
        Fixtures.Order order = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20);
        String caseId = fixtures.openCase(new Fixtures.Order("TB00000000", order.buyerId()), "鞋子开胶");

        assertThat(form(task(caseId))).containsEntry("orderFound", false).containsEntry("orderStatus", "UNKNOWN")
                .containsEntry("lookupNote", "订单 TB00000000 不存在 Order TB00000000 not found in the order system");

        fixtures.completeTask(caseId, java.util.Map.of("orderVerified", false));
        Task awaitDetails = task(caseId);
        assertThat(form(awaitDetails)).as("waiting for the buyer's details")
                .containsEntry("lookupNote", "订单 TB00000000 不存在 Order TB00000000 not found in the order system");
        notStored(awaitDetails);
    }

    @Test
    void anOrderOfAnotherBuyerInTransit() {
        Fixtures.Order someoneElses = fixtures.shippedOrder("运动鞋 running shoes", "459.00", 2);
        String caseId = fixtures.openCase(new Fixtures.Order(someoneElses.orderId(), "buyer-impostor"), "退货");

        assertThat(form(task(caseId))).containsEntry("orderFound", true).containsEntry("orderBuyerMatches", false)
                .containsEntry("orderStatus", "IN_TRANSIT")
                .containsEntry("lookupNote", "买家不一致 order belongs to another buyer · 运输中 in transit, not yet delivered");
    }
}
