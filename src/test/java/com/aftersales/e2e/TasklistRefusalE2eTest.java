package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.refund.Refunds;
import com.aftersales.refund.RemedyOrder;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.RemedyKind;
import java.math.BigDecimal;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A completion the server refuses reads as a person's message, Chinese first, naming the field, and the field is
 * marked in the form: no engine code, no task id, no server error. The limit the form knows it sets itself, before
 * the server has to refuse, and its own messages are Chinese first too.
 */
@E2eTest
class TasklistRefusalE2eTest {

    private static final String PROPOSE = "Propose a resolution 解决方案提供";
    private static final String AMOUNT = "Compensation amount";

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Refunds refunds;

    @Test
    void aCompensationOverWhatCanStillBeRefundedIsRefusedInWordsThatNameTheField(Browser browser) {
        String caseId = fixtures.confirmedCase("手机壳 phone case", "39.00", "QUALITY_DEFECT");
        Task proposal = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(proposal.getTaskDefinitionKey()).isEqualTo(Element.PROPOSE_RESOLUTION);
        tasks.setAssignee(proposal.getId(), "agent1");

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        CamundaForm form = tasklist.openCaseTask(caseId, PROPOSE);
        // the form's own checks speak Chinese first
        tasklist.complete();
        assertThat(form.errorOf("Resolution")).isEqualTo("此项必填 Field is required.");
        form.choose("Resolution", "部分退款/补偿 Partial refund");

        // the form knows the refundable 39.00 元 and refuses more itself
        form.typeLikeAPerson(AMOUNT, "9999");
        assertThat(form.errorOf(AMOUNT)).startsWith("不能大于 39").contains("Field must have maximum value of 39");

        // meanwhile 30 元 of the order are refunded elsewhere: the form still allows 20, the server does not
        String orderId = (String) runtime.getVariable(proposal.getProcessInstanceId(), "orderId");
        refunds.pay(new RemedyOrder(caseId, orderId, RemedyKind.COMPENSATION, "PARTIAL_REFUND#elsewhere",
                new BigDecimal("30.00")));
        form.retypeLikeAPerson(AMOUNT, "20");
        tasklist.complete();

        String refusal = browser.notification("补偿金额");
        assertThat(refusal).contains("未能完成", "Not completed",
                "补偿金额（元） Compensation amount (yuan)：20.00 元超过了订单 " + orderId + " 还能退的 9.00 元",
                "20.00 yuan is more than the 9.00 yuan that can still be refunded for order " + orderId);
        assertThat(refusal.indexOf("补偿金额")).isLessThan(refusal.indexOf("Compensation amount"));
        assertThat(refusal).doesNotContain("ENGINE-", proposal.getId(), "compensationAmount", "Internal Server Error", "Exception");
        // the refused field is marked in the form itself, with the same words, until it is edited
        assertThat(form.isMarked(AMOUNT)).as("the amount is marked").isTrue();
        assertThat(form.errorOf(AMOUNT)).startsWith("20.00 元超过了订单 " + orderId + " 还能退的 9.00 元")
                .contains("20.00 yuan is more than the 9.00 yuan that can still be refunded for order " + orderId);
        assertThat(form.isMarked("Resolution")).as("only the refused field is marked").isFalse();
        browser.scrollTo(browser.visible(org.openqa.selenium.By.cssSelector(".task-details .fjs-has-errors")));
        browser.screenshot("tasklist-refused-field");
        // the notice stays until closed, clear of the buttons: the agent corrects the amount and completes again
        browser.scrollTo(tasklist.completeButton());
        assertThat(browser.notificationCovers(tasklist.completeButton())).as("the notice covers Complete").isFalse();
        browser.screenshot("tasklist-refusal");
        assertThat(tasks.createTaskQuery().taskId(proposal.getId()).count()).as("the task stays open").isOne();
    }
}
