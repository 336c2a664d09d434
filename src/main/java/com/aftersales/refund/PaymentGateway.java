package com.aftersales.refund;

/**
 * The payment provider, shaped like Alipay's refund call (out-request number, amount, reason; "fund changed"; a query
 * for outcomes not known). Replace the bean to connect one. The application has written its ledger row before it
 * asks, holds no database lock while it waits, and sends the same request number on every try, so an implementation
 * must pay a request number at most once (providers do). An exception counts as an unknown outcome: the step is
 * retried later and asks {@link #query} first.
 */
public interface PaymentGateway {

    /** Pays the buyer back; asked once per request number unless the outcome stayed unknown. */
    PaymentAnswer pay(PaymentRequest request);

    /** What became of an earlier request whose outcome was unknown; {@link PaymentAnswer.Outcome#NOT_FOUND} if none arrived. */
    PaymentAnswer query(String requestNo);
}
