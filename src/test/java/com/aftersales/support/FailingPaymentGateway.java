package com.aftersales.support;

import com.aftersales.refund.LedgerPaymentGateway;
import com.aftersales.refund.PaymentGateway;
import com.aftersales.refund.RefundLedger;
import com.aftersales.refund.RefundOrder;
import com.aftersales.refund.RefundReceipt;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's ledger gateway, which a test can tell to fail its next calls (a payment
 * provider that is down); untouched, it behaves exactly like the application's own.
 */
@TestComponent
@Primary
public class FailingPaymentGateway implements PaymentGateway {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile RuntimeException failure = new IllegalStateException("payment provider unavailable");
    private final PaymentGateway ledger;

    public FailingPaymentGateway(RefundLedger ledger, Clock clock) {
        this.ledger = new LedgerPaymentGateway(ledger, clock);
    }

    public void failNext(int calls) {
        failNext(calls, new IllegalStateException("payment provider unavailable"));
    }

    /** Fails the next calls with this exception (say, the database cannot be reached). */
    public void failNext(int calls, RuntimeException exception) {
        failure = exception;
        failuresLeft.set(calls);
    }

    @Override
    public RefundReceipt refund(RefundOrder order, String idempotencyKey) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw failure;
        }
        return ledger.refund(order, idempotencyKey);
    }
}
