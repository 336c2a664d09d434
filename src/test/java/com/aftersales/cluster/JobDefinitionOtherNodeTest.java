package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A job definition changed by another node (its update written straight to the shared table, as that node's engine
 * writes it) reaches this node's jobs once {@code aftersales.jobs.definition-cache} has passed, and a change made
 * here over a stale copy is no conflict.
 */
@AfterSalesTest
// a context of its own (a short lifetime): under its own engine name, or engine REST of the shared test context
// would serve this one's engine
@TestPropertySource(properties = {"aftersales.jobs.definition-cache=PT2S",
        "camunda.bpm.generate-unique-process-engine-name=true"})
class JobDefinitionOtherNodeTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate db;

    private String key;
    private JobDefinition timer;
    private long kept;

    @BeforeEach
    void deployATimer() {
        key = "jobdef-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent().timerWithDuration("PT1H").endEvent().done()).deploy();
        timer = engine.getManagementService().createJobDefinitionQuery().processDefinitionKey(key).singleResult();
        kept = System.nanoTime();
        assertThat(start().isSuspended()).isFalse();
    }

    @Test
    void anotherNodesSuspensionReachesThisNodeWithinTheLifetime() throws InterruptedException {
        db.update("update ACT_RU_JOBDEF set REV_ = 1 + REV_, SUSPENSION_STATE_ = 2 where ID_ = ?", timer.getId());

        boolean suspended = start().isSuspended();
        if (System.nanoTime() - kept < 1_500_000_000L) {
            assertThat(suspended).as("a job at once on this node: the kept definition is still active").isFalse();
        }
        while (!suspended && System.nanoTime() - kept < 5_000_000_000L) {
            Thread.sleep(100);
            suspended = start().isSuspended();
        }
        assertThat(suspended).as("a job after the lifetime").isTrue();
    }

    @Test
    void aPriorityChangedHereOverAnotherNodesChangeIsNoConflict() {
        db.update("update ACT_RU_JOBDEF set REV_ = 1 + REV_, JOB_PRIORITY_ = 5 where ID_ = ?", timer.getId());

        engine.getManagementService().setOverridingJobPriorityForJobDefinition(timer.getId(), 9);

        assertThat(start().getPriority()).isEqualTo(9);
    }

    private Job start() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    }
}
