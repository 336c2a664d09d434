package com.aftersales.review;

import com.aftersales.casefile.CaseStatus;
import java.time.Instant;

/** A review being remediated, as the review_case table holds it. */
public record ReviewRecord(
        String reviewId,
        String orderId,
        String buyerId,
        String rating,
        String text,
        String caseId,
        CaseStatus status,
        Boolean revised,
        String revisedRating,
        String publicReply,
        String idempotencyKey,
        String createdBy,
        Instant createdAt,
        Instant closedAt) {
}
