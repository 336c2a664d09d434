package com.aftersales.review;

import com.aftersales.casefile.OpenDeadlines;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.vocabulary.CaseStatus;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Builds the review view from the review's row and, while it is open, its process instance. */
@Service
public class ReviewViews {

    private final ReviewRepository reviews;
    private final RuntimeService runtime;
    private final OpenDeadlines openDeadlines;

    public ReviewViews(ReviewRepository reviews, RuntimeService runtime, OpenDeadlines openDeadlines) {
        this.reviews = reviews;
        this.runtime = runtime;
        this.openDeadlines = openDeadlines;
    }

    public Optional<ReviewView> find(String reviewId) {
        return reviews.find(reviewId).map(this::view);
    }

    public ReviewView view(ReviewRecord review) {
        ProcessInstance instance = review.status() == CaseStatus.OPEN
                ? runtime.createProcessInstanceQuery().processDefinitionKey(ReviewRemediation.PROCESS_KEY)
                        .processInstanceBusinessKey(review.reviewId()).singleResult()
                : null;
        return new ReviewView(review.reviewId(), review.orderId(), review.buyerId(), review.rating(), review.text(),
                review.status(), review.caseId(), review.agentId(), review.publicReply(), review.revised(),
                review.revisedRating(), instance == null ? List.of() : openDeadlines.of(instance), review.createdAt(),
                review.closedAt());
    }
}
