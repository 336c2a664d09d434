package com.aftersales.review;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.ReviewRemediation.Var;
import com.aftersales.vocabulary.Audience;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the agent's reply under the review: through the outbox to the buyer's chat bridge, which knows the phrase
 * {@code REVIEW_PUBLIC_REPLY} as "post this under the buyer's review of the order".
 */
@Component("publishReviewReply")
class PublishReviewReplyDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final ReviewRepository reviews;

    PublishReviewReplyDelegate(Notifier notifier, ReviewRepository reviews) {
        this.notifier = notifier;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = execution.getProcessBusinessKey();
        String reply = Var.PUBLIC_REPLY.require(execution).trim();
        notifier.send(reviewId, Audience.BUYER, AfterSalesCase.Var.BUYER_ID.require(execution),
                Phrase.REVIEW_PUBLIC_REPLY, Map.of(Var.PUBLIC_REPLY.name(), reply));
        reviews.recordReply(reviewId, reply);
    }
}
