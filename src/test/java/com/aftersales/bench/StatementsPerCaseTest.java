package com.aftersales.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.handling.ReturnShipments;
import com.aftersales.process.EventDelivery;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.StatementCounter;
import com.aftersales.support.StatementCounter.Cost;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * SQL statements of one whole exchange case (the benchmark's path, {@link JavaApiCases}) against the bare baseline
 * process through the same wait states, counted on the driving thread after one warm-up case of each.
 * {@code -Daftersales.statements.tally=true} also prints each case's statements by kind and table.
 */
@AfterSalesTest
@Import(StatementCounter.class)
// a context of its own (the counter's data source): under its own engine name, or engine REST of the shared test
// context would serve this one's engine
@TestPropertySource(properties = "camunda.bpm.generate-unique-process-engine-name=true")
class StatementsPerCaseTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReturnShipments returns;

    @Test
    void aWholeCaseCostsAtMostItsMeasuredStatementsAgainstTheBaseline() {
        engine.getRepositoryService().createDeployment().name("bench").addClasspathResource("bench/baseline-case.bpmn")
                .deploy();
        applicationCase();
        baselineCase();

        Cost application = StatementCounter.count(this::applicationCase);
        Cost baseline = StatementCounter.count(this::baselineCase);
        double ratio = (double) application.statements() / baseline.statements();
        System.out.printf("statements per case: application %d (%d commits), baseline %d (%d commits), ratio %.2f%n",
                application.statements(), application.commits(), baseline.statements(), baseline.commits(), ratio);

        if (Boolean.getBoolean("aftersales.statements.tally")) {
            System.out.println("application case: " + StatementCounter.tally(this::applicationCase));
            System.out.println("baseline case: " + StatementCounter.tally(this::baselineCase));
            String last = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(com.aftersales.process.AfterSalesCase.PROCESS_KEY).orderByProcessInstanceStartTime()
                    .desc().listPage(0, 1).get(0).getId();
            System.out.println("application case's variables: " + engine.getHistoryService()
                    .createHistoricVariableInstanceQuery().processInstanceId(last).list().stream()
                    .map(v -> v.getName() + (v.getActivityInstanceId().equals(last) ? "" : "@" + v.getActivityInstanceId()))
                    .sorted().toList());
            System.out.println("application case's activity instances: " + engine.getHistoryService()
                    .createHistoricActivityInstanceQuery().processInstanceId(last).orderPartiallyByOccurrence().asc()
                    .list().stream().map(a -> a.getActivityType() + ":" + a.getActivityId()).toList());
        }
        // measured 733 / 272 = 2.69 before issue 22, 570 / 264 = 2.16 after (lean history, no null writes,
        // steps' settings as properties), 552 / 262 = 2.11 with job definitions cached, 454 / 262 = 1.73 with one
        // card variable per task and the forms' computed values, 429 / 251 = 1.71 with no activity instances nobody
        // reads (the baseline, on the same engine, loses its start and end events too); the issue's goal is 1.25.
        // A change that adds statements to the case shows here first.
        assertThat(ratio).isLessThanOrEqualTo(1.75);
    }

    @Test
    void aTimersJobDefinitionIsReadOnceInTheCachesLifetime() {
        engine.getRepositoryService().createDeployment().name("bench-follow-up")
                .addClasspathResource("bench/follow-up-timers.bpmn").deploy();
        Runnable followUp = () -> {
            String instanceId = engine.getRuntimeService().startProcessInstanceByKey("bench-follow-up").getId();
            fireFollowUp(instanceId);
        };
        followUp.run();
        // JobDefinitionCache: neither the job's creation nor its execution selects its definition again
        assertThat(StatementCounter.tally(followUp)).doesNotContainKey("select ACT_RU_JOBDEF");
    }

    private void applicationCase() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2),
                "拖把电池充不进电 the mop's battery won't charge");
        JavaApiCases.BEFORE_RETURN.forEach(variables -> fixtures.completeTask(caseId, variables));
        assertThat(returns.shipped(caseId, "顺丰 SF", "SF1234567890").status()).isEqualTo(EventDelivery.Status.DELIVERED);
        JavaApiCases.AFTER_RETURN.forEach(variables -> fixtures.completeTask(caseId, variables));
        fireFollowUp(fixtures.instanceOf(caseId).getId());
        fixtures.completeTask(caseId, JavaApiCases.FOLLOW_UP);
        assertThat(fixtures.instanceOf(caseId)).as(caseId + " closed").isNull();
    }

    private void baselineCase() {
        String key = "BL-" + UUID.randomUUID();
        String instanceId = engine.getRuntimeService().startProcessInstanceByKey(JavaApiCases.BASELINE_KEY, key).getId();
        JavaApiCases.BEFORE_RETURN.forEach(variables -> fixtures.completeTask(key, variables));
        engine.getRuntimeService().createMessageCorrelation("BenchReturnShipped").processInstanceBusinessKey(key)
                .setVariables(Map.of("returnCarrier", "顺丰 SF", "returnTrackingNumber", "SF1234567890")).correlate();
        JavaApiCases.AFTER_RETURN.forEach(variables -> fixtures.completeTask(key, variables));
        fireFollowUp(instanceId);
        fixtures.completeTask(key, JavaApiCases.FOLLOW_UP);
    }

    private void fireFollowUp(String instanceId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
    }
}
