package com.aftersales.bench;

import com.aftersales.process.EventDelivery;

import com.aftersales.dispute.DisputeEvents;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.intake.CaseIntake;
import com.aftersales.notification.Outbox;
import com.aftersales.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole cases through the Java API, as Tasklist and integrators would drive them: the application's
 * exchange path through all seven steps, and the same wait states in the bare baseline process.
 */
final class JavaApiCases {

    static final String BASELINE_KEY = "bench-baseline-case";

    /** The exchange path's task completions, in order; the return shipment comes after the negotiation. */
    static final List<Map<String, Object>> BEFORE_RETURN = List.of(
            Map.of("orderVerified", true),
            Map.of("issueType", "QUALITY_DEFECT", "evidenceProvided", true),
            Map.of("resolution", "EXCHANGE"),
            Map.of("customerDecision", "ACCEPTED"));
    static final List<Map<String, Object>> AFTER_RETURN = List.of(
            Map.of("returnCondition", "AS_EXPECTED"),
            Map.of("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF77"));
    static final Map<String, Object> FOLLOW_UP = Map.of("satisfied", true, "satisfactionScore", 5);

    private final ProcessEngine engine;
    private final Fixtures fixtures;
    private final ReturnShipments returns;

    JavaApiCases(BenchNode node) {
        this.engine = node.engine();
        this.fixtures = new Fixtures(node.bean(JdbcTemplate.class), node.bean(CaseIntake.class), engine,
                node.bean(Outbox.class));
        this.returns = node.bean(ReturnShipments.class);
    }

    /** Orders of new buyers, made before the timing starts (they are the order system's data). */
    List<Fixtures.Order> orders(int count) {
        List<Fixtures.Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2));
        }
        return orders;
    }

    /** One application case from intake to RESOLVED. */
    void applicationCase(Fixtures.Order order) {
        String caseId = fixtures.openCase(order, "拖把电池充不进电 the mop's battery won't charge");
        BEFORE_RETURN.forEach(variables -> fixtures.completeTask(caseId, variables));
        EventDelivery.Result shipped = returns.shipped(caseId, "顺丰 SF", "SF1234567890");
        if (shipped.status() != EventDelivery.Status.DELIVERED) {
            throw new IllegalStateException("return shipment of " + caseId + ": " + shipped);
        }
        AFTER_RETURN.forEach(variables -> fixtures.completeTask(caseId, variables));
        fireFollowUp(fixtures.instanceOf(caseId).getId());
        fixtures.completeTask(caseId, FOLLOW_UP);
        if (fixtures.instanceOf(caseId) != null) {
            throw new IllegalStateException(caseId + " did not close");
        }
    }

    /** The baseline process through the same wait states with the same variables. */
    void baselineCase() {
        String key = "BL-" + UUID.randomUUID();
        String instanceId = engine.getRuntimeService().startProcessInstanceByKey(BASELINE_KEY, key).getId();
        BEFORE_RETURN.forEach(variables -> fixtures.completeTask(key, variables));
        engine.getRuntimeService().createMessageCorrelation("BenchReturnShipped").processInstanceBusinessKey(key)
                .setVariables(Map.of("returnCarrier", "顺丰 SF", "returnTrackingNumber", "SF1234567890")).correlate();
        AFTER_RETURN.forEach(variables -> fixtures.completeTask(key, variables));
        fireFollowUp(instanceId);
        fixtures.completeTask(key, FOLLOW_UP);
    }

    /** Executes the follow-up timer now, as the job executor does when it comes due. */
    private void fireFollowUp(String instanceId) {
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().list();
        if (timers.size() != 1) {
            throw new IllegalStateException("expected the follow-up timer of " + instanceId + ", found " + timers);
        }
        engine.getManagementService().executeJob(timers.get(0).getId());
    }
}
