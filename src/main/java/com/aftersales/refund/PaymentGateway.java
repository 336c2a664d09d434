package com.aftersales.refund;

/**
 * Moves refund money. Implementations must be idempotent by {@code idempotencyKey}: asked twice
 * with the same key, they pay once. Replace the bean to connect a payment provider.
 */
public interface PaymentGateway {

    RefundReceipt refund(RefundOrder order, String idempotencyKey);
}
