package com.aftersales.refund;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund that was paid, as the ledger records it. */
public record RefundReceipt(long id, String caseId, String orderId, String purpose, BigDecimal amount, String status,
                            String idempotencyKey, Instant paidAt) {
}
