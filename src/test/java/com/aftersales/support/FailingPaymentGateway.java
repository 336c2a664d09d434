package com.aftersales.support;

import com.aftersales.refund.PaymentGateway;
import com.aftersales.refund.RefundLedger;
import com.aftersales.refund.RefundOrder;
import com.aftersales.refund.RefundReceipt;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger gateway, which a test can tell to fail its next calls (a payment provider that is
 * down); untouched, it behaves exactly like the application's own.
 */
@TestComponent
@Primary
public class FailingPaymentGateway implements PaymentGateway {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final RefundLedger ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FailingPaymentGateway(RefundLedger ledger, JdbcTemplate jdbc, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void failNext(int calls) {
        failuresLeft.set(calls);
    }

    @Override
    public RefundReceipt refund(RefundOrder order, String idempotencyKey) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("payment provider unavailable");
        }
        return ledger.findByKey(idempotencyKey).orElseGet(() -> {
            jdbc.update("insert into refund_ledger (case_id, order_id, purpose, amount, status, idempotency_key, created_at) "
                            + "values (?, ?, ?, ?, 'PAID', ?, ?)", order.caseId(), order.orderId(), order.purpose(),
                    order.amount(), idempotencyKey, Timestamp.from(clock.instant()));
            return ledger.findByKey(idempotencyKey).orElseThrow();
        });
    }
}
