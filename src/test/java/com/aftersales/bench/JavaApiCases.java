package com.aftersales.bench;

import com.aftersales.process.EventDelivery;

import com.aftersales.dispute.DisputeEvents;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.intake.CaseIntake;
import com.aftersales.notification.Outbox;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
        BEFORE_RETURN.forEach(variables -> complete(engine, caseId, variables));
        EventDelivery.Result shipped = returns.shipped(caseId, "顺丰 SF", "SF1234567890");
        if (shipped.status() != EventDelivery.Status.DELIVERED) {
            throw new IllegalStateException("return shipment of " + caseId + ": " + shipped);
        }
        finish(engine, AfterSalesCase.PROCESS_KEY, caseId);
    }

    /** The baseline process through the same wait states with the same variables, on this node's engine. */
    void baselineCase() {
        baselineCase(engine);
    }

    /**
     * The baseline on any engine (this node's, or a stock-configured one). The driver's bookkeeping is the
     * application path's, step for step: tasks found by business key, the instance looked up by process key and
     * business key before the timer and again to see it closed.
     */
    static void baselineCase(ProcessEngine engine) {
        String key = "BL-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey(BASELINE_KEY, key);
        BEFORE_RETURN.forEach(variables -> complete(engine, key, variables));
        engine.getRuntimeService().createMessageCorrelation("BenchReturnShipped").processInstanceBusinessKey(key)
                .setVariables(Map.of("returnCarrier", "顺丰 SF", "returnTrackingNumber", "SF1234567890")).correlate();
        finish(engine, BASELINE_KEY, key);
    }

    /** From the inspection of the return to the closed case: the part both paths share. */
    private static void finish(ProcessEngine engine, String processKey, String key) {
        AFTER_RETURN.forEach(variables -> complete(engine, key, variables));
        fireFollowUp(engine, instanceOf(engine, processKey, key).getId());
        complete(engine, key, FOLLOW_UP);
        if (instanceOf(engine, processKey, key) != null) {
            throw new IllegalStateException(key + " did not close");
        }
    }

    private static ProcessInstance instanceOf(ProcessEngine engine, String processKey, String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    /** The case's one open task, completed with these variables (as Fixtures.completeTask does). */
    private static void complete(ProcessEngine engine, String businessKey, Map<String, Object> variables) {
        var tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId(), variables);
    }

    /** Executes the follow-up timer now, as the job executor does when it comes due. */
    private static void fireFollowUp(ProcessEngine engine, String instanceId) {
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().list();
        if (timers.size() != 1) {
            throw new IllegalStateException("expected the follow-up timer of " + instanceId + ", found " + timers);
        }
        engine.getManagementService().executeJob(timers.get(0).getId());
    }
}
