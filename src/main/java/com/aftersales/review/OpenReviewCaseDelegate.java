package com.aftersales.review;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.intake.CaseIntake;
import com.aftersales.intake.NewCase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.process.ReviewRemediation.Var;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.Labels;
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
    private final Labels labels;

    OpenReviewCaseDelegate(CaseRepository cases, CaseIntake intake, ReviewRepository reviews, Labels labels) {
        this.cases = cases;
        this.intake = intake;
        this.reviews = reviews;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = execution.getProcessBusinessKey();
        String orderId = AfterSalesCase.Var.ORDER_ID.require(execution);
        CaseRecord linked = cases.latestOfOrder(orderId).filter(c -> c.status() == CaseStatus.OPEN)
                .orElseGet(() -> intake.open(new NewCase(orderId, AfterSalesCase.Var.BUYER_ID.require(execution),
                        Channel.PLATFORM, description(execution), null, null), "review/" + reviewId,
                        ReviewRemediation.PROCESS_KEY).record());
        Var.LINKED_CASE_ID.set(execution, linked.caseId());
        Var.LINKED_CASE_STATUS.set(execution, linked.status());
        reviews.linkCase(reviewId, linked.caseId());
    }

    private String description(DelegateExecution execution) {
        var cause = Var.REVIEW_CAUSE.get(execution);
        String text = labels.of(Var.RATING.require(execution)) + " " + execution.getProcessBusinessKey() + ": "
                + Var.REVIEW_TEXT.get(execution) + " — 原因 cause: " + (cause == null ? "—" : labels.of(cause))
                + "; 补救 remedy: " + Var.REMEDY_OFFERED.get(execution);
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
    }
}
