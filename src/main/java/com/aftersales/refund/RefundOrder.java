package com.aftersales.refund;

import java.math.BigDecimal;

/**
 * A refund to pay: for one case, for one purpose (e.g. {@code RETURN}, {@code COMPENSATION},
 * {@code DISPUTE}). Case and purpose make the idempotency key: each is paid at most once.
 */
public record RefundOrder(String caseId, String orderId, String purpose, BigDecimal amount) {

    public String idempotencyKey() {
        return caseId + "/" + purpose;
    }
}
