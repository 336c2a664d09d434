package com.aftersales.support;

import com.aftersales.refund.LedgerPaymentGateway;
import com.aftersales.refund.PaymentAnswer;
import com.aftersales.refund.PaymentGateway;
import com.aftersales.refund.PaymentRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's ledger gateway, which a test can tell to fail its next calls (a payment provider that is down or
 * does not answer); untouched, it behaves exactly like the application's own.
 */
@TestComponent
@Primary
public class FailingPaymentGateway implements PaymentGateway {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile RuntimeException failure = new IllegalStateException("payment provider unavailable");
    private final PaymentGateway ledger = new LedgerPaymentGateway();

    public void failNext(int calls) {
        failNext(calls, new IllegalStateException("payment provider unavailable"));
    }

    /** Fails the next calls (a payment or a query) with this exception (say, the database cannot be reached). */
    public void failNext(int calls, RuntimeException exception) {
        failure = exception;
        failuresLeft.set(calls);
    }

    @Override
    public PaymentAnswer pay(PaymentRequest request) {
        failIfAsked();
        return ledger.pay(request);
    }

    @Override
    public PaymentAnswer query(String requestNo) {
        failIfAsked();
        return ledger.query(requestNo);
    }

    private void failIfAsked() {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw failure;
        }
    }
}
