package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.support.Fixtures;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an agent types, at a person's pace (100-250 ms a key), is what the form shows, what the form says it will
 * submit, and what the case stores: no lost first word after a Tab, no retyped amount turned into another.
 */
@E2eTest
class TasklistTypingE2eTest {

    private static final String PROPOSE = "Propose a resolution 解决方案提供";
    private static final String AMOUNT = "Compensation amount";
    private static final String NOTE = "Proposal note";
    private static final String FIRST_NOTE = "补偿三十元 we offer thirty yuan for the trouble";
    private static final String NOTE_ADDED = " 加券 coupon";

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    @Test
    void moneyAndNotesTypedAtAPersonsPaceAreStoredAsTyped(Browser browser) {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        Task proposal = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(proposal.getTaskDefinitionKey()).isEqualTo(Element.PROPOSE_RESOLUTION);
        tasks.setAssignee(proposal.getId(), "agent1");

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        CamundaForm form = tasklist.openCaseTask(caseId, PROPOSE);
        form.choose("Resolution", "部分退款/补偿 Partial refund");

        // an amount, Tab, a note: the note's first word used to be lost
        form.typeLikeAPerson(AMOUNT, "30");
        form.tabAndTypeLikeAPerson(FIRST_NOTE);
        assertThat(form.valueOf(AMOUNT)).isEqualTo("30");
        assertThat(form.valueOf(NOTE)).isEqualTo(FIRST_NOTE);

        // another field edited, then the amount retyped, three times: it used to read 120, 12, 150 or 1.50
        String note = FIRST_NOTE;
        for (int round = 1; round <= 3; round++) {
            form.typeLikeAPerson(NOTE, NOTE_ADDED);
            note += NOTE_ADDED;
            form.retypeLikeAPerson(AMOUNT, "12.50");
            assertThat(form.valueOf(AMOUNT)).as("the amount after retyping it, round %d", round).isEqualTo("12.50");
            assertThat(form.valueOf(NOTE)).as("the note, round %d", round).isEqualTo(note);
        }
        // the form says back what completing submits, in the words the agent reads before clicking
        assertThat(form.text()).contains("补偿 Compensation 12.50 元");
        browser.screenshot("tasklist-typing-proposal");

        tasklist.complete();
        browser.waitUntil(driver -> tasks.createTaskQuery().taskId(proposal.getId()).count() == 0);
        assertThat(stored(proposal, "compensationAmount")).isEqualTo("12.50");
        assertThat(stored(proposal, "proposalNote")).isEqualTo(note);
    }

    private Object stored(Task task, String variable) {
        HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName(variable).singleResult();
        assertThat(value).as(variable).isNotNull();
        return value.getValue();
    }
}
