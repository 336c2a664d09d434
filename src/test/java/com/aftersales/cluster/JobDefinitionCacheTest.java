package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Job definitions read from {@link JobDefinitionCache}: what Cockpit changes on this node reaches the next job at
 * once, and jobs still run and are deleted as before.
 */
@AfterSalesTest
class JobDefinitionCacheTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JobDefinitionCache cache;
    @Autowired
    TransactionTemplate transactions;

    private String key;
    private Deployment deployment;
    private JobDefinition timer;

    @BeforeEach
    void deployATimer() {
        key = "jobdef-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent("start").intermediateCatchEvent("wait").timerWithDuration("PT1H")
                .userTask("work").camundaCandidateGroups("after-sales-agents").endEvent("end").done();
        deployment = engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model)
                .deploy();
        timer = engine.getManagementService().createJobDefinitionQuery()
                .processDefinitionKey(key).singleResult();
        // the first job reads the definition from the database and keeps it
        assertThat(start().isSuspended()).isFalse();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aJobDefinitionSuspendedInCockpitSuspendsTheNextJobAtOnce() {
        engine.getManagementService().suspendJobDefinitionById(timer.getId());
        assertThat(start().isSuspended()).as("job after suspension").isTrue();

        engine.getManagementService().activateJobDefinitionById(timer.getId());
        assertThat(start().isSuspended()).as("job after activation").isFalse();

        // suspending the process definition with its job definitions takes the other way of the engine
        engine.getRepositoryService().suspendProcessDefinitionByKey(key, false, null);
        engine.getRepositoryService().activateProcessDefinitionByKey(key);
        engine.getManagementService().suspendJobDefinitionByProcessDefinitionKey(key);
        assertThat(start().isSuspended()).as("job after suspension by process definition key").isTrue();
    }

    @Test
    void aSuspensionRolledBackLeavesNoSuspendedDefinitionBehind() {
        transactions.executeWithoutResult(transaction -> {
            engine.getManagementService().suspendJobDefinitionById(timer.getId());
            // read (and kept) inside the transaction that suspended it
            assertThat(start().isSuspended()).isTrue();
            transaction.setRollbackOnly();
        });

        assertThat(start().isSuspended()).as("job after the rollback").isFalse();
    }

    @Test
    void aPriorityOverrideReachesTheNextJobAtOnceAndCanBeChangedAgain() {
        engine.getManagementService().setOverridingJobPriorityForJobDefinition(timer.getId(), 42);
        assertThat(start().getPriority()).isEqualTo(42);

        // the definition is kept with its new revision: changing it again is no conflict
        assertThat(start().getPriority()).isEqualTo(42);
        engine.getManagementService().setOverridingJobPriorityForJobDefinition(timer.getId(), 7, true);
        assertThat(start().getPriority()).isEqualTo(7);

        engine.getManagementService().clearOverridingJobPriorityForJobDefinition(timer.getId());
        assertThat(start().getPriority()).isZero();
        assertThat(engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getId())
                .singleResult().getOverridingJobPriority()).isNull();
    }

    @Test
    void aTimerOfAKeptDefinitionFiresAndIsLoggedWithItsDefinition() {
        Job job = start();
        engine.getManagementService().executeJob(job.getId());

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(job.getProcessInstanceId())
                .taskDefinitionKey("work").count()).isOne();
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).count()).isZero();
    }

    @Test
    void deletingTheDeploymentForgetsItsDefinitions() {
        assertThat(cache.size()).isPositive();
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        assertThat(cache.size()).isZero();
        deployment = engine.getRepositoryService().createDeployment().name(key)
                .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done()).deploy();
    }

    private Job start() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    }
}
