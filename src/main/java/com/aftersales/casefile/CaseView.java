package com.aftersales.casefile;

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
        String issueType,
        Recommendation recommendation,
        String resolution,
        String outcome,
        String assignee,
        List<OpenDeadline> openDeadlines,
        List<Refund> refunds,
        Instant createdAt,
        Instant closedAt) {

    public record Recommendation(String resolution, Boolean eligible, Boolean returnRequired, String returnShippingPaidBy) {
    }

    public record OpenDeadline(String name, Instant dueAt) {
    }

    public record Refund(BigDecimal amount, String status) {
    }
}
