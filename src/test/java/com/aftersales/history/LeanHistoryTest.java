package com.aftersales.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Configured;
import com.aftersales.support.Fixtures;
import com.aftersales.workbench.TaskCard;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The default history keeps what the timeline, the KPIs, the case view and the audit read, and leaves out the rest. */
@AfterSalesTest
class LeanHistoryTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Fixtures fixtures;

    @Test
    void leanIsTheDefaultAndFullMayBeChosen() {
        assertThat(Configured.bind("aftersales.history", HistoryProperties.class, Map.of()).events())
                .isEqualTo(HistoryEvents.LEAN);
        assertThat(Configured.bind("aftersales.history", HistoryProperties.class,
                Map.of("aftersales.history.events", "full")).events()).isEqualTo(HistoryEvents.FULL);
    }

    @Test
    void aConfirmedCaseKeepsItsStepsVariablesAndAuditedValuesButNoGatewaysCopiesOrUnauditedValues() {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        HistoryService history = engine.getHistoryService();
        String instance = fixtures.instanceOf(caseId).getId();

        // the engine's level stays full: the database's historyLevel property is the same for both settings
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel())
                .isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains(Element.REGISTER_CASE, Element.LOOKUP_ORDER, Element.VERIFY_ORDER, Element.CONFIRM_PROBLEM,
                        Element.RECOMMEND_RESOLUTION, Element.PROPOSE_RESOLUTION)
                .noneMatch(id -> id.startsWith("xor_") || id.startsWith("start_") || id.startsWith("end_"));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(2);

        // the instance's own variables (case view, KPIs, disputes), not the tasks' card copies
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricVariableInstance::getName)
                .contains(Var.CASE_ID.name(), Var.ISSUE_TYPE.name(), Var.RECOMMENDED_ROUTE.name(), Var.ORDER_ITEM.name())
                .doesNotContain(TaskCard.VARIABLE);
        assertThat(engine.getTaskService().getVariablesLocal(engine.getTaskService().createTaskQuery()
                .processInstanceId(instance).singleResult().getId())).containsKey(TaskCard.VARIABLE)
                .doesNotContainKeys(TaskCard.EARLIER_VARIABLES.toArray(String[]::new));

        // every value of the audited variables, none of the others' (their current value is the variable's history)
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .contains(Var.CASE_ID.name(), Var.ISSUE_TYPE.name())
                .allMatch(LeanHistory.AUDITED::contains);
    }

    @Test
    void aClosedCaseKeepsTheStepsTheTimelineAndTheKpisReadAndNoMarkersOrNotifyingSteps() {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        String instance = fixtures.instanceOf(caseId).getId();
        fixtures.completeTask(caseId, Map.of("resolution", "REFUND_ONLY", "refundAmount", "199.00"));
        fixtures.completeTask(caseId, Map.of("customerDecision", "ACCEPTED"));
        fixtures.runDueJobs(caseId);
        fixtures.advance(java.time.Duration.ofDays(8));
        fixtures.runDueJobs(caseId);
        fixtures.completeTask(caseId, Map.of("satisfied", true, "satisfactionScore", 5));
        assertThat(fixtures.instanceOf(caseId)).as("closed").isNull();

        List<HistoricActivityInstance> activities = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance).list();
        // every activity that started has ended: an end left out with its start raised nothing and wrote nothing
        assertThat(activities).allMatch(activity -> activity.getEndTime() != null);
        // ended without reading the row first: the duration is still end minus start
        assertThat(activities).filteredOn(activity -> activity.getActivityId().equals(Element.NEGOTIATE)).singleElement()
                .satisfies(activity -> assertThat(activity.getDurationInMillis())
                        .isEqualTo(activity.getEndTime().getTime() - activity.getStartTime().getTime()));
        assertThat(activities).extracting(HistoricActivityInstance::getActivityType)
                .doesNotContainAnyElementsOf(LeanHistory.UNREAD_TYPES);
        assertThat(activities).extracting(HistoricActivityInstance::getActivityId)
                // the KPIs' scopes: sub-processes with a deadline, the user tasks; the timeline's work and waits
                .contains(Element.LOOKUP, Element.PROPOSAL_ROUND, Element.PROPOSE_RESOLUTION, Element.NEGOTIATE,
                        Element.REFUND, Element.FOLLOW_UP_DUE)
                // a sub-process without a timer; the steps that only send a message (their outbox rows are the record)
                .doesNotContain(Element.CASE_WORK, Element.SEND_PROPOSAL);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.PROPOSAL);
        // the process instance still says how and where it ended
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getEndActivityId()).isNotNull();
    }

    @Test
    void withoutTheEnginesCacheEveryActivityIsKept() {
        // outside a command (no engine context) the model cannot be asked: the activity is written
        var event = new org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity();
        event.setActivityType("serviceTask");
        event.setActivityId(Element.SEND_PROPOSAL);
        assertThat(LeanHistory.written(event)).isTrue();
        event.setActivityType("noneEndEvent");
        assertThat(LeanHistory.written(event)).isFalse();
    }
}
