package com.aftersales.casefile;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.Outcome;
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
        Channel channel,
        CaseStatus status,
        String agentId,
        Outcome outcome,
        String idempotencyKey,
        String createdBy,
        Instant createdAt,
        Instant closedAt) {

    public static CaseRecord open(String caseId, String orderId, String buyerId, Channel channel,
                                  String idempotencyKey, String createdBy, Instant createdAt) {
        return new CaseRecord(caseId, null, orderId, buyerId, channel, CaseStatus.OPEN, null, null,
                idempotencyKey, createdBy, createdAt, null);
    }
}
