package com.aftersales.review;

import com.aftersales.review.ReviewRemediation.Var;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the review case with whether the buyer revised the review (the closing task's local input). */
@Component("closeReview")
class CloseReviewDelegate implements JavaDelegate {

    private final ReviewRepository reviews;
    private final Clock clock;

    CloseReviewDelegate(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean revised = (Boolean) execution.getVariableLocal(Var.REVIEW_REVISED);
        execution.getProcessInstance().setVariable(Var.REVIEW_REVISED, revised);
        String reviewId = execution.getProcessBusinessKey();
        if (revised) {
            reviews.recordRevision(reviewId, (String) execution.getVariable(Var.REVISED_RATING));
        }
        reviews.close(reviewId, revised, clock.instant());
    }
}
