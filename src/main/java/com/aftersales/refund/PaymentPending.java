package com.aftersales.refund;

/**
 * The payment provider has not said yet whether a payment went through. The step fails and is retried later, when
 * the provider is asked about the same request number first; nothing is paid twice.
 */
public class PaymentPending extends RuntimeException {

    public PaymentPending(String message) {
        super(message);
    }
}
