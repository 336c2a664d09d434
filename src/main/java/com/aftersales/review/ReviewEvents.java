package com.aftersales.review;

import com.aftersales.casefile.CaseStatus;
import com.aftersales.review.ReviewRemediation.Var;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** The buyer revised the review (ReviewRevised): the review case closes as revised. Once only. */
@Service
public class ReviewEvents {

    private final ReviewRepository reviews;
    private final RuntimeService runtime;

    public ReviewEvents(ReviewRepository reviews, RuntimeService runtime) {
        this.reviews = reviews;
        this.runtime = runtime;
    }

    public enum Delivery { DELIVERED, UNKNOWN_REVIEW, NOT_WAITING }

    public Delivery revised(String reviewId, RevisedRating rating) {
        Optional<ReviewRecord> review = reviews.find(reviewId);
        if (review.isEmpty()) {
            return Delivery.UNKNOWN_REVIEW;
        }
        if (review.get().status() == CaseStatus.CLOSED) {
            return Delivery.NOT_WAITING;
        }
        try {
            runtime.createMessageCorrelation(ReviewRemediation.MESSAGE_REVIEW_REVISED).processInstanceBusinessKey(reviewId)
                    .setVariables(Map.of(Var.REVISED_RATING, rating.name())).correlateWithResult();
            return Delivery.DELIVERED;
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException notNow) {
            return Delivery.NOT_WAITING;
        }
    }
}
