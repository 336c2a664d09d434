package com.aftersales.casefile;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;
import com.aftersales.vocabulary.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the domain API shows of a case (contract: "Case view"). */
public record CaseView(
        String caseId,
        String orderId,
        String buyerId,
        CaseStatus status,
        Step step,
        IssueType issueType,
        Recommendation recommendation,
        Resolution resolution,
        Outcome outcome,
        String assignee,
        List<OpenDeadline> openDeadlines,
        List<Refund> refunds,
        /** True when the shop let its response time pass and the refund request was agreed as the marketplace does. */
        Boolean agreedAutomatically,
        /** False when the case closed as resolved without the buyer answering the follow-up. */
        Boolean followUpAnswered,
        Instant createdAt,
        Instant closedAt) {

    public record Recommendation(Resolution resolution, Boolean eligible, Boolean returnRequired,
                                 ShippingPayer returnShippingPaidBy) {
    }

    /** A deadline the case waits on: its name (the deadline and its configured length) and when it runs out. */
    public record OpenDeadline(String name, Instant dueAt) {
    }

    public record Refund(BigDecimal amount, String status) {
    }
}
