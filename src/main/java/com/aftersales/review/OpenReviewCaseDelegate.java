package com.aftersales.review;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.casefile.CaseStatus;
import com.aftersales.intake.CaseIntake;
import com.aftersales.intake.Channel;
import com.aftersales.intake.NewCase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.review.ReviewRemediation.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The review's cause needs after-sales work: links the order's open case, or opens one (channel
 * PLATFORM) with the review as the buyer's words. Opened once per review, even when retried.
 */
@Component("openReviewCase")
class OpenReviewCaseDelegate implements JavaDelegate {

    static final int MAX_DESCRIPTION = 2000;

    private final CaseRepository cases;
    private final CaseIntake intake;
    private final ReviewRepository reviews;

    OpenReviewCaseDelegate(CaseRepository cases, CaseIntake intake, ReviewRepository reviews) {
        this.cases = cases;
        this.intake = intake;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = execution.getProcessBusinessKey();
        String orderId = (String) execution.getVariable(AfterSalesCase.Var.ORDER_ID);
        CaseRecord linked = cases.latestOfOrder(orderId).filter(c -> c.status() == CaseStatus.OPEN)
                .orElseGet(() -> intake.open(new NewCase(orderId, (String) execution.getVariable(AfterSalesCase.Var.BUYER_ID),
                        Channel.PLATFORM, description(execution), null, null), "review/" + reviewId,
                        ReviewRemediation.PROCESS_KEY).record());
        execution.setVariable(Var.LINKED_CASE_ID, linked.caseId());
        execution.setVariable(Var.LINKED_CASE_STATUS, linked.status().name());
        reviews.linkCase(reviewId, linked.caseId());
    }

    private static String description(DelegateExecution execution) {
        String text = "中差评 " + execution.getVariable(Var.RATING) + " review " + execution.getProcessBusinessKey()
                + ": " + execution.getVariable(Var.REVIEW_TEXT) + " — 原因 cause: " + execution.getVariable(Var.REVIEW_CAUSE)
                + "; 补救 remedy: " + execution.getVariable(Var.REMEDY_OFFERED);
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
    }
}
