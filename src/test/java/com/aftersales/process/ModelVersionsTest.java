package com.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Upgrading the models while cases run (README, "Operations"): a new release deploys a new version of
 * {@code after-sales-case} beside the old one; running cases stay on the version they started on and finish on it,
 * new cases start on the new one; an operator may move a case to the new version with Camunda's migration API.
 */
@AfterSalesTest
class ModelVersionsTest {

    private static final String NEXT = "next-release";

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired DeadlineProperties deadlines;

    private RepositoryService repository;
    private String nextDeployment;

    @BeforeEach
    void setUp() {
        init(engine);
        repository = engine.getRepositoryService();
    }

    /** The shared application goes on with the models as they are. */
    @AfterEach
    void removeTheNextRelease() {
        ClockUtil.reset();
        if (nextDeployment != null) {
            repository.deleteDeployment(nextDeployment, true);
        }
    }

    @Test
    void runningCasesFinishOnTheirVersionWhileNewCasesStartOnTheNextOne() {
        ProcessDefinition current = latest();
        String runningCase = fixtures.openCase(new Fixtures.Order("TB99999998",
                fixtures.deliveredOrder("手机壳 phone case", "39.00", 5).buyerId()), "没收到");
        ProcessInstance running = fixtures.instanceOf(runningCase);
        complete(task(running), withVariables(Var.ORDER_VERIFIED.name(), false));
        assertThat(running).isWaitingAt(Element.AWAIT_ORDER_DETAILS);

        ProcessDefinition next = deployTheNextRelease();
        assertThat(next.getVersion()).isEqualTo(current.getVersion() + 1);
        assertThat(next.getVersionTag()).isEqualTo(NEXT);

        ProcessInstance started = fixtures.instanceOf(fixtures.openCase(
                fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把电池充不进电"));
        assertThat(started.getProcessDefinitionId()).isEqualTo(next.getId());
        assertThat(task(started).getProcessDefinitionId()).isEqualTo(next.getId());

        fixtures.advance(deadlines.buyerReply().plus(Duration.ofMinutes(1)));
        fixtures.runDueJobs(runningCase);
        assertThat(running).isEnded().hasPassed(Element.CLOSE_NO_RESPONSE);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(running.getId())
                .singleResult().getProcessDefinitionId()).as("finished on the version it started on").isEqualTo(current.getId());
    }

    @Test
    void aMigrationPlanMovesOneCaseToTheNextVersionAndLeavesTheOthers() {
        ProcessDefinition current = latest();
        ProcessInstance moved = fixtures.instanceOf(fixtures.openCase(
                fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把电池充不进电"));
        ProcessInstance staying = fixtures.instanceOf(fixtures.openCase(
                fixtures.deliveredOrder("手机壳 phone case", "39.00", 2), "裂了"));
        ProcessDefinition next = deployTheNextRelease();

        MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(current.getId(), next.getId())
                .mapEqualActivities()
                .updateEventTriggers()
                .build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(moved.getId()).execute();

        assertThat(definitionOf(moved)).isEqualTo(next.getId());
        assertThat(definitionOf(staying)).isEqualTo(current.getId());
        assertThat(moved).isWaitingAt(Element.VERIFY_ORDER);
        assertThat(task(moved).getProcessDefinitionId()).isEqualTo(next.getId());
        complete(task(moved), withVariables(Var.ORDER_VERIFIED.name(), true));
        assertThat(moved).isWaitingAt(Element.CONFIRM_PROBLEM);
        assertThat(task(moved).getProcessDefinitionId()).isEqualTo(next.getId());
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(AfterSalesCase.PROCESS_KEY)
                .latestVersion().singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getProcessDefinitionId();
    }

    /** What the next release deploys at its start: every model and form, with a changed after-sales-case. */
    private ProcessDefinition deployTheNextRelease() {
        BpmnModelInstance model;
        try (InputStream in = new ClassPathResource("processes/after-sales-case.bpmn").getInputStream()) {
            model = Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        model.<Process>getModelElementById(AfterSalesCase.PROCESS_KEY).setCamundaVersionTag(NEXT);
        nextDeployment = ModelDeployment.models(repository)
                .addModelInstance("processes/after-sales-case.bpmn", model)
                .deploy().getId();
        return latest();
    }
}
