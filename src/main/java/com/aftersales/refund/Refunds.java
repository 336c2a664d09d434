package com.aftersales.refund;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays refunds exactly once and never more than the buyer paid minus what was refunded already.
 * Refunds of one order are serialized by locking the order's row, so two nodes (or a retried
 * step and its first attempt) cannot both pay, nor together exceed what was paid.
 */
@Service
public class Refunds {

    private final JdbcTemplate jdbc;
    private final RefundLedger ledger;
    private final PaymentGateway gateway;

    public Refunds(JdbcTemplate jdbc, RefundLedger ledger, PaymentGateway gateway) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.gateway = gateway;
    }

    /** Runs in the caller's transaction (the process step's), or its own when there is none. */
    @Transactional(propagation = Propagation.REQUIRED)
    public RefundReceipt pay(RefundOrder order) {
        BigDecimal paid = lockOrder(order.orderId());
        Optional<RefundReceipt> done = ledger.findByKey(order.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        check(order, paid.subtract(ledger.refundedForOrder(order.orderId())));
        return gateway.refund(order, order.idempotencyKey());
    }

    /** What can still be refunded for an order. */
    public BigDecimal refundable(String orderId) {
        BigDecimal paid = jdbc.queryForObject("select paid_amount from shop_order where order_id = ?", BigDecimal.class,
                orderId);
        return paid.subtract(ledger.refundedForOrder(orderId));
    }

    private BigDecimal lockOrder(String orderId) {
        return jdbc.query("select paid_amount from shop_order where order_id = ? for update",
                        (rs, row) -> rs.getBigDecimal(1), orderId).stream().findFirst()
                .orElseThrow(() -> new RefundRefused("order " + orderId + " is not in the order system"));
    }

    private static void check(RefundOrder order, BigDecimal remaining) {
        BigDecimal amount = order.amount();
        if (amount == null || amount.signum() <= 0) {
            throw new RefundRefused("refund " + order.idempotencyKey() + ": the amount must be positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RefundRefused("refund " + order.idempotencyKey() + ": " + amount.toPlainString()
                    + " has fractions of a fen");
        }
        if (amount.compareTo(remaining) > 0) {
            throw new RefundRefused("refund " + order.idempotencyKey() + ": " + amount.toPlainString()
                    + " yuan is more than the " + remaining.toPlainString() + " yuan left to refund for order "
                    + order.orderId());
        }
    }
}
