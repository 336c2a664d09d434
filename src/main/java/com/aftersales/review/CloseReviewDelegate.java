package com.aftersales.review;

import com.aftersales.process.ReviewRemediation.Var;
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
        boolean revised = Var.REVIEW_REVISED.ofStep(execution);
        Var.REVIEW_REVISED.set(execution.getProcessInstance(), revised);
        String reviewId = execution.getProcessBusinessKey();
        if (revised) {
            reviews.recordRevision(reviewId, Var.REVISED_RATING.require(execution));
        }
        reviews.close(reviewId, revised, clock.instant());
    }
}
