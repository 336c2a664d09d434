package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.vocabulary.OpenedBy;
import com.aftersales.dispute.DisputeEvents;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.review.NewReview;
import com.aftersales.review.ReviewIntake;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.support.Fixtures;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dispute's and the negative review's forms, worked in Tasklist by the people they are for. */
@E2eTest
class DisputeAndReviewE2eTest {

    private static final String ATTEMPT = "Get the buyer to withdraw 协商撤诉";
    private static final String CONTACT = "Contact the buyer 联系买家";

    @Autowired Fixtures fixtures;
    @Autowired ReturnShipments returns;
    @Autowired DisputeEvents disputes;
    @Autowired ReviewIntake reviews;
    @Autowired RuntimeService runtime;

    @Test
    void aTeamLeadGetsTheBuyerToWithdrawAndTheCaseGoesBackToHandling(Browser browser) {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        fixtures.completeTask(caseId, Map.of("resolution", "EXCHANGE"));
        disputes.opened(caseId, OpenedBy.BUYER, "买家投诉处理太慢 the buyer says it takes too long");

        Tasklist tasklist = Tasklist.logIn(browser, "lead1");
        browser.expectLoggedInAs("Zhang Team lead 组长");
        tasklist.openFilter("Escalations 升级待办");
        tasklist.searchCase(caseId);
        tasklist.expectTaskCount(1);
        CamundaForm attempt = tasklist.openTask(ATTEMPT);
        assertThat(attempt.text()).contains("争议处理 · 协商撤诉", caseId, "电动拖把 electric mop", "买家向平台投诉 a complaint to the platform",
                "买家投诉处理太慢", "话术 Suggested reply");
        browser.dismissNotifications();
        tasklist.claim();
        attempt.tick("The buyer withdrew the complaint");
        attempt.choose("Agreed resolution", "换货 Exchange");
        attempt.type("What was offered and said", "换新并赠送清洁布 a new mop and a cleaning cloth");
        browser.screenshot("tasklist-dispute-attempt");
        tasklist.complete();

        browser.waitUntil(driver -> runtime.getActiveActivityIds(fixtures.instanceOf(caseId).getId())
                .contains(AfterSalesCase.Element.RETURN_SHIPMENT));
        assertThat(runtime.getVariable(fixtures.instanceOf(caseId).getId(), "disputeOutcome")).isEqualTo("WITHDRAWN");
    }

    @Test
    void anAgentContactsTheBuyerOfANegativeReview(Browser browser) {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String reviewId = reviews.post(new NewReview(order.orderId(), order.buyerId(), ReviewRating.NEGATIVE,
                "用了三天就裂了 cracked after three days"), null, "integration").record().reviewId();

        Tasklist tasklist = Tasklist.logIn(browser, "agent2");
        browser.expectLoggedInAs("Wang Agent 客服二");
        tasklist.openFilter("Team queue 团队待办");
        tasklist.searchCase(reviewId);
        tasklist.expectTaskCount(1);
        CamundaForm contact = tasklist.openTask(CONTACT);
        assertThat(contact.text()).contains("中差评处理 · 联系买家", reviewId, order.orderId(), "用了三天就裂了");
        browser.dismissNotifications();
        tasklist.claim();
        contact.choose("Cause", "商品质量 Product quality");
        contact.type("Remedy offered", "补发新手机壳 a new case shipped");
        browser.screenshot("tasklist-review-contact");
        tasklist.complete();

        browser.waitUntil(driver -> !runtime.createProcessInstanceQuery().processInstanceBusinessKey(reviewId)
                .activityIdIn("user_reply_publicly").list().isEmpty());
    }
}
