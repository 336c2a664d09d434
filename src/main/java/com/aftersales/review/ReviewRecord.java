package com.aftersales.review;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.vocabulary.RevisedRating;
import java.time.Instant;

/** A review being remediated, as the review_case table holds it. */
public record ReviewRecord(
        String reviewId,
        String orderId,
        String buyerId,
        ReviewRating rating,
        String text,
        String caseId,
        CaseStatus status,
        Boolean revised,
        RevisedRating revisedRating,
        String publicReply,
        String agentId,
        String idempotencyKey,
        String createdBy,
        Instant createdAt,
        Instant closedAt) {
}
