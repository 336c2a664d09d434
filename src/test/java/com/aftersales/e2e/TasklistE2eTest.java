package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.casefile.CaseView;
import com.aftersales.casefile.CaseViews;
import com.aftersales.vocabulary.Step;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.support.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agent works a case in Tasklist: start form (step 1), verification (step 2), confirmation (step 3). */
@E2eTest
class TasklistE2eTest {

    private static final String PROCESS = "After-sales case 售后服务";
    private static final String MY_CASES = "My cases 我的案件";
    private static final String TEAM_QUEUE = "Team queue 团队待办";
    private static final String VERIFY_ORDER = "Verify order and buyer 核实客户信息";
    private static final String CONFIRM_PROBLEM = "Confirm the problem 问题确认";
    private static final String REQUIRED = "此项必填 Field is required.";

    @Autowired CaseRepository cases;
    @Autowired CaseViews views;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired Fixtures fixtures;

    @Test
    void anAgentStartsACaseFromTheStartFormVerifiesTheOrderAndConfirmsTheProblem(Browser browser) {
        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        browser.expectLoggedInAs("Lin Agent 客服一");
        assertThat(tasklist.filters()).containsExactly(MY_CASES, "Overdue 已超时", TEAM_QUEUE);

        // step 1: the buyer's inquiry, on the demo order of the README's tour
        Set<String> casesBefore = caseIdsOf("buyer-001");
        CamundaForm inquiry = tasklist.startProcess(PROCESS);
        assertThat(inquiry.text()).contains("步骤 1：客户咨询 Step 1: Inquiry", "话术 Suggested reply",
                "系统会自动向买家致歉", "订单号 Order number", "买家账号 Buyer ID", "联系渠道 Contact channel",
                "问题描述 Description", "买家诉求 Requested outcome");
        inquiry.type("Order number", "TB20261001");
        inquiry.type("Buyer ID", "buyer-001");
        inquiry.choose("Contact channel", "旺旺 WangWang");
        inquiry.type("Description", "拖把电池充不进电 the mop's battery won't charge");
        inquiry.choose("Requested outcome", "换货 Exchange");
        tasklist.showStartDialogFromTop();
        browser.screenshot("tasklist-start-form");
        tasklist.submitStartForm();
        browser.notification("The process has been started.");
        String caseId = theOneNewCase("buyer-001", casesBefore);

        // step 2: the case waits in the agents' queue; the agent claims it, checks the order and ticks it off
        tasklist.openFilter(TEAM_QUEUE);
        tasklist.searchCase(caseId);
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskNames()).containsExactly(VERIFY_ORDER);
        CamundaForm verification = tasklist.openTask(VERIFY_ORDER);
        assertThat(verification.text()).contains("步骤 2：客户信息核实 Step 2: Verification", caseId, "TB20261001",
                "buyer-001", "电动拖把 electric mop", "199.00 元", "话术 Suggested reply",
                "已经为您查到这笔订单：电动拖把 electric mop，实付 199.00 元。和您核对一下订单号 TB20261001",
                // a code shown by its label: computed when the form loads (process/FormWords), not stored
                "渠道 Channel 旺旺 WangWang",
                // the look-up as the case file keeps it, in words computed when the form loads (issue 22)
                "物流状态 Status DELIVERED", "查询结果 Look-up 买家一致 buyer matches · 签收",
                "订单与买家信息已核实 Order and buyer verified");
        browser.dismissNotifications();
        browser.screenshot("tasklist-verify-order");
        tasklist.claim();
        verification.tick("Order and buyer verified");
        // the reply follows the tick: no more asking the buyer to confirm what the agent has verified
        browser.waitUntil(driver -> verification.text().contains("订单信息核实无误"));
        assertThat(verification.text()).doesNotContain("和您核对一下订单号");
        tasklist.complete();
        // whoever verified is the case's agent now: the next step comes straight to them
        assertThat(browser.notification("You are assigned to the following tasks in the same process"))
                .contains(CONFIRM_PROBLEM);

        // step 3: the problem, which needs an issue type before it can be completed
        tasklist.openFilter(MY_CASES);
        tasklist.expectTaskCount(1);
        CamundaForm confirmation = tasklist.openTask(CONFIRM_PROBLEM);
        assertThat(tasklist.assignee()).isEqualTo("Lin Agent 客服一");
        assertThat(confirmation.text()).contains("步骤 3：问题确认 Step 3: Confirmation", caseId, "话术 Suggested reply",
                "问题类型 Issue type", "已收到照片/视频 Photos or video received");
        browser.dismissNotifications();
        tasklist.complete();
        assertThat(confirmation.errorOf("Issue type")).isEqualTo(REQUIRED);
        browser.screenshot("tasklist-confirm-problem-required");
        assertThat(openTaskOf(caseId)).containsExactly(Element.CONFIRM_PROBLEM);

        confirmation.choose("Issue type", "质量问题 Quality defect");
        assertThat(confirmation.text()).contains("如果需要照片或视频，我们会告诉您怎么拍哦");
        confirmation.tick("Photos or video received");
        // the reply never asks for the photos the agent has ticked as received
        browser.waitUntil(driver -> confirmation.text().contains("照片/视频已经收到啦"));
        confirmation.type("Photo/video links", "https://img.example/mop-battery.jpg");
        browser.dismissNotifications();
        tasklist.complete();
        // the policy recommends, and the proposal (step 4) comes straight to the case's agent
        assertThat(browser.notification("You are assigned to the following tasks in the same process"))
                .contains("Propose a resolution 解决方案提供");
        assertThat(openTaskOf(caseId)).containsExactly(Element.PROPOSE_RESOLUTION);

        CaseView view = views.find(caseId).orElseThrow();
        assertThat(view.issueType()).isEqualTo(com.aftersales.vocabulary.IssueType.QUALITY_DEFECT);
        assertThat(view.assignee()).isEqualTo("agent1");
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(view.step()).isEqualTo(Step.PROPOSAL);
        assertThat(view.recommendation().resolution()).isEqualTo(com.aftersales.vocabulary.Resolution.EXCHANGE);
        String instance = cases.find(caseId).map(CaseRecord::processInstanceId).orElseThrow();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey(Element.CONFIRM_PROBLEM).taskAssignee("agent1").finished().count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(Element.RECOMMEND_RESOLUTION).finished().count()).isEqualTo(1);
    }

    @Test
    void theStartFormStartsNoCaseWithoutTheBuyersDescription(Browser browser) {
        Fixtures.Order order = fixtures.deliveredOrder("洗衣机清洗粉 washing-machine cleaner", "29.90", 1);
        Tasklist tasklist = Tasklist.logIn(browser, "agent2");
        CamundaForm inquiry = tasklist.startProcess(PROCESS);
        inquiry.type("Order number", order.orderId());
        inquiry.type("Buyer ID", order.buyerId());
        inquiry.choose("Contact channel", "电话 Phone");

        tasklist.submitStartForm();

        assertThat(inquiry.errorOf("Description")).isEqualTo(REQUIRED);
        browser.notification("The process could not be started.");
        browser.screenshot("tasklist-start-form-required");
        assertThat(tasklist.startDialogOpen()).isTrue();
        assertThat(cases.search(order.buyerId(), null, 1000)).isEmpty();
    }

    private Set<String> caseIdsOf(String buyerId) {
        return cases.search(buyerId, null, 1000).stream().map(CaseRecord::caseId).collect(Collectors.toSet());
    }

    private String theOneNewCase(String buyerId, Set<String> before) {
        List<String> added = cases.search(buyerId, null, 1000).stream().map(CaseRecord::caseId)
                .filter(caseId -> !before.contains(caseId)).toList();
        assertThat(added).as("cases the start form opened for %s", buyerId).hasSize(1);
        return added.get(0);
    }

    private List<String> openTaskOf(String caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).list().stream()
                .map(task -> task.getTaskDefinitionKey()).toList();
    }
}
