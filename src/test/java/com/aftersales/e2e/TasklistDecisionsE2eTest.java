package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.support.Fixtures;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A decision that branches the case is a named choice, and the form says what completing it will do. */
@E2eTest
class TasklistDecisionsE2eTest {

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    @Test
    void theBuyersDecisionIsARadioAndTheFormSaysWhereEachAnswerLeads(Browser browser) {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        fixtures.completeTask(caseId, Map.of(Var.RESOLUTION.name(), "EXCHANGE"));
        Task negotiation = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(negotiation.getTaskDefinitionKey()).isEqualTo(Element.NEGOTIATE);
        tasks.setAssignee(negotiation.getId(), "agent1");

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        tasklist.openFilter("My cases 我的案件");
        tasklist.search(caseId);
        CamundaForm form = tasklist.openTask(negotiation.getName());
        browser.dismissNotifications();
        assertThat(form.text()).contains("买家同意 Accepted", "买家还价 Counter-offer", "买家拒绝 Rejected")
                .doesNotContain("完成后将 Completing will");

        form.pick("买家还价 Counter-offer");
        browser.waitUntil(driver -> form.text().contains("退回重新提出方案（第 1 次还价，最多 2 次）"));
        form.pick("买家拒绝 Rejected");
        browser.waitUntil(driver -> form.text().contains("转入争议处理：组长联系买家"));
        form.pick("买家同意 Accepted");
        browser.waitUntil(driver -> form.text().contains("按约定的方案开始处理（换货 Exchange）"));
        browser.screenshot("tasklist-decision");

        tasklist.complete();
        browser.waitUntil(driver -> tasks.createTaskQuery().taskId(negotiation.getId()).count() == 0);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(negotiation.getProcessInstanceId())
                .variableName(Var.CUSTOMER_DECISION.name()).singleResult().getValue()).isEqualTo("ACCEPTED");
    }
}
