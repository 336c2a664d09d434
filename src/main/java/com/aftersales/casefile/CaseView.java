package com.aftersales.casefile;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
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
        /** The cash paid out (refunds, compensation, shipping fees, red envelopes). */
        List<Refund> refunds,
        /** Everything the case gives the buyer, of every kind, with where it stands. */
        List<Remedy> remedies,
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

    /** A remedy: its kind, amount in yuan (a gift: 0 and its {@code item}) and status. */
    public record Remedy(RemedyKind kind, BigDecimal amount, RemedyStatus status, String item) {
    }
}
