package com.aftersales.review;

import com.aftersales.casefile.CaseIds;
import com.aftersales.orders.OrderLookup;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.process.ReviewRemediation.Var;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens review cases for the marketplace webhook: the row and its {@code review-remediation}
 * instance (started by its ReviewPosted message) in one transaction; an {@code Idempotency-Key}
 * seen before returns that review case.
 */
@Service
public class ReviewIntake {

    private final ReviewRepository reviews;
    private final OrderLookup orders;
    private final CaseIds ids;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReviewIntake(ReviewRepository reviews, OrderLookup orders, CaseIds ids, RuntimeService runtime,
                        TransactionTemplate transaction, Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.ids = ids;
        this.runtime = runtime;
        this.transaction = transaction;
        this.clock = clock;
    }

    public record Opened(ReviewRecord record, boolean created) {
    }

    /** A review of an order the order system does not know for this buyer. */
    public static class UnknownOrder extends RuntimeException {
        UnknownOrder(String orderId, String buyerId) {
            super("order " + orderId + " of buyer " + buyerId + " is not in the order system");
        }
    }

    public Opened post(NewReview review, String idempotencyKey, String postedBy) {
        if (idempotencyKey != null) {
            Optional<ReviewRecord> known = reviews.findByIdempotencyKey(idempotencyKey);
            if (known.isPresent()) {
                return new Opened(known.get(), false);
            }
        }
        if (orders.find(review.orderId()).filter(order -> order.buyerId().equals(review.buyerId())).isEmpty()) {
            throw new UnknownOrder(review.orderId(), review.buyerId());
        }
        try {
            String reviewId = transaction.execute(status -> start(review, idempotencyKey, postedBy));
            return new Opened(reviews.find(reviewId).orElseThrow(), true);
        } catch (DuplicateKeyException raced) {
            return new Opened(reviews.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> raced), false);
        }
    }

    private String start(NewReview review, String idempotencyKey, String postedBy) {
        String reviewId = ids.next(ReviewRemediation.ID_PREFIX);
        reviews.insertIfAbsent(reviewId, review.orderId(), review.buyerId(), review.rating(), review.text(),
                idempotencyKey, postedBy, clock.instant());
        runtime.createMessageCorrelation(ReviewRemediation.MESSAGE_REVIEW_POSTED)
                .processInstanceBusinessKey(reviewId)
                .setVariables(Variables.createVariables()
                        .putValue(AfterSalesCase.Var.ORDER_ID.name(), review.orderId())
                        .putValue(AfterSalesCase.Var.BUYER_ID.name(), review.buyerId())
                        .putValue(Var.RATING.name(), Var.RATING.stored(review.rating()))
                        .putValue(Var.REVIEW_TEXT.name(), review.text()))
                .correlateStartMessage();
        return reviewId;
    }
}
