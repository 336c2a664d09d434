package com.aftersales.casefile;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import java.time.Instant;

/**
 * The case's row in the application's database: what routing ("one buyer, one agent") and
 * integrators' look-ups need, and what the case's forms, view and rules read but the flow never branches on (the
 * policy's advice, what the order look-up found: a column costs one update, a process variable three rows or more,
 * issue 22). What the flow decides on is in
 * the process instance.
 */
public record CaseRecord(
        String caseId,
        String processInstanceId,
        String orderId,
        String buyerId,
        Channel channel,
        CaseStatus status,
        String agentId,
        Outcome outcome,
        String idempotencyKey,
        String createdBy,
        Instant createdAt,
        Instant closedAt,
        Recommended recommended,
        OrderCheck orderCheck) {

    /**
     * What the order look-up found: the order system knows the order, and it is this buyer's. {@code null} before the
     * look-up, and for cases looked up before it was kept here (their process variables hold it).
     */
    public record OrderCheck(boolean found, boolean buyerMatches) {
    }

    /**
     * The resolution policy's advice, kept with the case once the problem is confirmed (the case view, the proposal
     * forms); {@code null} before, and for cases recommended before it was kept here (their process variables hold it).
     */
    public record Recommended(Resolution resolution, Boolean eligible, Boolean returnRequired, RemedyKind remedy) {
    }

    public static CaseRecord open(String caseId, String orderId, String buyerId, Channel channel,
                                  String idempotencyKey, String createdBy, Instant createdAt) {
        return new CaseRecord(caseId, null, orderId, buyerId, channel, CaseStatus.OPEN, null, null,
                idempotencyKey, createdBy, createdAt, null, null, null);
    }
}
