package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A remedy as the application's ledger records it. {@code requestNo} is what the outside system sees, the same on
 * every try; {@code attempts} counts the times it was asked; {@code settledAt} is when it was paid, issued or refused.
 */
public record LedgerEntry(long id, String caseId, String orderId, RemedyKind kind, String purpose, BigDecimal amount,
                          RemedyStatus status, String requestNo, int attempts, String item, String idempotencyKey,
                          Instant createdAt, Instant settledAt) {

    /** Done with: paid, issued or refused. */
    public boolean settled() {
        return status != RemedyStatus.PENDING;
    }
}
