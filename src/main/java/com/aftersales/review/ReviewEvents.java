package com.aftersales.review;

import com.aftersales.process.EventDelivery;
import com.aftersales.process.EventDelivery.Status;
import com.aftersales.process.EventDelivery.Result;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.process.ReviewRemediation.Var;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.RevisedRating;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The buyer revised the review (ReviewRevised): the review case closes as revised. Once only. */
@Service
public class ReviewEvents {

    private final ReviewRepository reviews;
    private final EventDelivery delivery;

    public ReviewEvents(ReviewRepository reviews, EventDelivery delivery) {
        this.reviews = reviews;
        this.delivery = delivery;
    }

    public Result revised(String reviewId, RevisedRating rating) {
        Optional<ReviewRecord> review = reviews.find(reviewId);
        if (review.isEmpty()) {
            return Result.refused(Status.UNKNOWN, reviewId);
        }
        String closed = reviewId + " is closed; a review is revised once.";
        if (review.get().status() == CaseStatus.CLOSED) {
            return Result.refused(Status.NOT_WAITING, closed);
        }
        return delivery.correlate(reviewId, ReviewRemediation.MESSAGE_REVIEW_REVISED,
                Map.of(Var.REVISED_RATING.name(), Var.REVISED_RATING.stored(rating)), closed);
    }
}
