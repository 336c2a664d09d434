package com.aftersales.refund;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays refunds exactly once and never more than the buyer paid minus what was refunded already. That one money
 * rule, "what may still be paid out" ({@link #problem}), is asked by the proposal check, the platform-verdict
 * endpoint and the payment itself. Payments of one order are serialized by locking its refund account.
 */
@Service
public class Refunds {

    private final RefundAccounts accounts;
    private final RefundLedger ledger;
    private final PaymentGateway gateway;

    public Refunds(RefundAccounts accounts, RefundLedger ledger, PaymentGateway gateway) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.gateway = gateway;
    }

    /** Runs in the caller's transaction (the process step's), or its own when there is none. */
    @Transactional(propagation = Propagation.REQUIRED)
    public RefundReceipt pay(RefundOrder order) {
        BigDecimal paid = accounts.lock(order.orderId());
        Optional<RefundReceipt> done = ledger.findByKey(order.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        BigDecimal remaining = paid.subtract(ledger.refundedForOrder(order.orderId()));
        problem(order.amount(), remaining, order.orderId()).ifPresent(problem -> {
            throw new RefundRefused("refund " + order.idempotencyKey() + ": " + problem);
        });
        return gateway.refund(order, order.idempotencyKey());
    }

    /** What can still be refunded for an order; zero for an order the order system does not know. */
    public BigDecimal refundable(String orderId) {
        return accounts.paid(orderId).map(paid -> paid.subtract(ledger.refundedForOrder(orderId)))
                .orElse(BigDecimal.ZERO);
    }

    /** Why this amount may not be paid out for the order now; empty when it may. */
    public Optional<String> problem(String orderId, BigDecimal amount) {
        return problem(amount, refundable(orderId), orderId);
    }

    private static Optional<String> problem(BigDecimal amount, BigDecimal remaining, String orderId) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of("the amount must be positive");
        }
        if (!Money.inFen(amount)) {
            return Optional.of(amount.toPlainString() + " has fractions of a fen (at most two decimals)");
        }
        if (amount.compareTo(remaining) > 0) {
            return Optional.of(Money.text(amount) + " yuan is more than the " + Money.text(remaining)
                    + " yuan that can still be refunded for order " + orderId);
        }
        return Optional.empty();
    }
}
