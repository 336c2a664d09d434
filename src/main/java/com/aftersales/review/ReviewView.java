package com.aftersales.review;

import com.aftersales.casefile.CaseStatus;
import com.aftersales.casefile.CaseView;
import java.time.Instant;
import java.util.List;

/**
 * A review case as integrators see it: the review, the after-sales case it is linked to, the
 * public reply, whether (and how) the buyer revised it, and the deadlines it waits on.
 */
public record ReviewView(
        String reviewId,
        String orderId,
        String buyerId,
        String rating,
        String text,
        CaseStatus status,
        String caseId,
        String assignee,
        String publicReply,
        Boolean revised,
        String revisedRating,
        List<CaseView.OpenDeadline> openDeadlines,
        Instant createdAt,
        Instant closedAt) {
}
