package com.aftersales.review;

import com.aftersales.casefile.CaseView;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.vocabulary.RevisedRating;
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
        ReviewRating rating,
        String text,
        CaseStatus status,
        String caseId,
        String assignee,
        String publicReply,
        Boolean revised,
        RevisedRating revisedRating,
        List<CaseView.OpenDeadline> openDeadlines,
        Instant createdAt,
        Instant closedAt) {
}
