package com.aftersales.refund;

import java.math.BigDecimal;

/** What the payment provider is asked to pay: its out-request number, the order, the amount in yuan, and why. */
public record PaymentRequest(String requestNo, String orderId, BigDecimal amount, String reason) {
}
