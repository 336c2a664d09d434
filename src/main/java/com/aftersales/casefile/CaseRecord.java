package com.aftersales.casefile;

import java.time.Instant;

/**
 * The case's row in the application's database: what routing ("one buyer, one agent") and
 * integrators' look-ups need. Everything about the flow is in the process instance.
 */
public record CaseRecord(
        String caseId,
        String processInstanceId,
        String orderId,
        String buyerId,
        String channel,
        CaseStatus status,
        String agentId,
        String outcome,
        String idempotencyKey,
        String createdBy,
        Instant createdAt,
        Instant closedAt) {

    public static CaseRecord open(String caseId, String orderId, String buyerId, String channel,
                                  String idempotencyKey, String createdBy, Instant createdAt) {
        return new CaseRecord(caseId, null, orderId, buyerId, channel, CaseStatus.OPEN, null, null,
                idempotencyKey, createdBy, createdAt, null);
    }
}
