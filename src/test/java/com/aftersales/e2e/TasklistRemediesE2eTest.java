package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.support.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Remedies as an agent gives them in Tasklist: a coupon beside an exchange, and an apology for a late shipment with a
 * gift in the parcel — each box reveals its amount, and what the agent typed is what the case records.
 */
@E2eTest
class TasklistRemediesE2eTest {

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    private Task assignedTaskOf(String caseId, String key) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        tasks.setAssignee(task.getId(), "agent1");
        return task;
    }

    private Object variable(Task task, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName(name).singleResult().getValue();
    }

    @Test
    void aCouponBesideAnExchange(Browser browser) {
        String caseId = fixtures.confirmedCase("手机壳 phone case", "39.00", "WRONG_ITEM");
        Task proposal = assignedTaskOf(caseId, Element.PROPOSE_RESOLUTION);

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        CamundaForm form = tasklist.openCaseTask(caseId, "Propose a resolution 解决方案提供");
        assertThat(form.text()).contains("建议附加 Also give", "优惠券 coupon", "您的权限");
        // computed when the form loads, not stored in the case (issue 22): the configured limits, the policy's advice
        assertThat(form.text()).contains("退货退款 refund with return 500.00 元", "仅退款 refund without return 300.00 元",
                "运费 shipping fee 30.00 元", "优惠券 coupon 50.00 元", "现金红包 red envelope 20.00 元");
        assertThat(form.text()).contains("规则建议 Policy recommendation 换货 Exchange", "符合售后条件 Eligible 是 Yes");
        form.choose("Resolution", "换货 Exchange");
        form.tick("送优惠券 Give a coupon");
        form.typeLikeAPerson("Coupon value", "20");
        assertThat(form.text()).contains("优惠券 Coupon 20");
        browser.screenshot("tasklist-remedies");
        tasklist.complete();

        browser.waitUntil(driver -> tasks.createTaskQuery().taskId(proposal.getId()).count() == 0);
        assertThat(variable(proposal, "giveCoupon")).isEqualTo(true);
        assertThat(variable(proposal, "couponAmount")).isEqualTo("20");
        assertThat(variable(proposal, "giveGift")).isEqualTo(false);
    }

    @Test
    void anApologyForALateShipmentWithAGiftInTheParcel(Browser browser) {
        Fixtures.Order order = fixtures.unshippedOrder("蓝牙耳机 bluetooth earphones", "89.00", Duration.ofDays(-1));
        String caseId = fixtures.openCase(order, "怎么还没发货 why has it not shipped");
        fixtures.completeTask(caseId, Map.of("orderVerified", true));
        fixtures.completeTask(caseId, Map.of("issueType", "NOT_SHIPPED", "evidenceProvided", true));
        Task apology = assignedTaskOf(caseId, Element.APOLOGISE);

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        CamundaForm form = tasklist.openCaseTask(caseId, "Apologise and make it good 致歉并补偿");
        assertThat(form.text()).contains("第几次催发货 Urge of this order 1", "承诺发货 Promised to ship by 20");
        form.tick("附赠小礼品 Pack a small gift");
        form.typeLikeAPerson("Gift", "耳机收纳包");
        assertThat(form.text()).contains("包裹里还会附赠一份小礼品（耳机收纳包）");
        browser.screenshot("tasklist-apology");
        tasklist.complete();

        browser.waitUntil(driver -> tasks.createTaskQuery().taskId(apology.getId()).count() == 0);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getTaskDefinitionKey())
                .isEqualTo(Element.SHIP_URGED);
    }
}
