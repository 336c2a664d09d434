package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Pays cash remedies (refunds, compensation, shipping fees) exactly once, and never more out of an order than the
 * buyer paid minus what was paid out already. That one money rule, "what may still be paid out" ({@link #problem}),
 * is asked by the proposal check, the platform-verdict endpoint and the payment itself. Payments of one order are
 * checked and written under its refund account's lock; the provider is asked after that lock is gone
 * ({@link Reservations}).
 */
@Service
public class Refunds {

    private final RefundAccounts accounts;
    private final RemedyLedger ledger;
    private final Reservations reservations;
    private final PaymentGateway gateway;

    public Refunds(RefundAccounts accounts, RemedyLedger ledger, Reservations reservations, PaymentGateway gateway) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.reservations = reservations;
        this.gateway = gateway;
    }

    /**
     * Pays the remedy, or answers how it was paid before. The request number is the same on every try; a try after
     * one whose outcome stayed unknown asks the provider about it first.
     *
     * @throws RefundRefused  when the money rule forbids it (nothing is written), or the provider refused it
     * @throws PaymentPending when the provider has not said yet; retry later
     */
    public LedgerEntry pay(RemedyOrder order) {
        if (order.kind().port() != RemedyKind.Port.PAYMENT) {
            throw new IllegalArgumentException(order.kind() + " is not paid through the payment provider");
        }
        LedgerEntry entry = reservations.reserve(order, paid -> checkMoney(order, paid));
        if (entry.status() == RemedyStatus.FAILED) {
            throw new RefundRefused("payment " + entry.requestNo() + " was refused by the payment provider");
        }
        if (entry.settled()) {
            return entry;
        }
        PaymentRequest request = new PaymentRequest(entry.requestNo(), entry.orderId(), entry.amount(),
                entry.kind() + " " + entry.purpose() + " of case " + entry.caseId());
        PaymentAnswer answer = entry.attempts() > 0 ? gateway.query(entry.requestNo()) : PaymentAnswer.notFound();
        if (answer.outcome() == PaymentAnswer.Outcome.NOT_FOUND) {
            answer = gateway.pay(request);
        }
        return switch (answer.outcome()) {
            case PAID -> reservations.settle(entry, RemedyStatus.PAID, answer.reference(), null);
            case REFUSED -> {
                reservations.settle(entry, RemedyStatus.FAILED, null, answer.reason());
                throw new RefundRefused("payment " + entry.requestNo() + " was refused by the payment provider: "
                        + answer.reason());
            }
            case UNKNOWN, NOT_FOUND -> throw new PaymentPending("payment " + entry.requestNo()
                    + " is not confirmed by the payment provider yet; asked again on the next try");
        };
    }

    /**
     * The money rule for one remedy, with the order's account locked: positive, whole fen, and, for what comes out of
     * the buyer's money, no more than is left of it.
     *
     * @throws RefundRefused when it may not be given
     */
    void checkMoney(RemedyOrder order, BigDecimal paid) {
        BigDecimal remaining = order.kind().fromPaid() ? paid.subtract(ledger.refundedForOrder(order.orderId())) : null;
        problem(order.amount(), remaining, order.orderId()).ifPresent(problem -> {
            throw new RefundRefused(order.idempotencyKey() + ": " + problem);
        });
    }

    /** What can still be paid out of the order; zero for an order the order system does not know. */
    public BigDecimal refundable(String orderId) {
        return accounts.paid(orderId).map(paid -> paid.subtract(ledger.refundedForOrder(orderId)))
                .orElse(BigDecimal.ZERO);
    }

    /** Why this amount may not be paid out of the order now; empty when it may. */
    public Optional<String> problem(String orderId, BigDecimal amount) {
        return problem(amount, refundable(orderId), orderId);
    }

    /** Why this amount is no amount of money (not positive, fractions of a fen); empty when it is one. */
    public static Optional<String> amountProblem(BigDecimal amount) {
        return problem(amount, null, null);
    }

    /** @param remaining what is left of the order's money; {@code null} for money not paid out of it */
    static Optional<String> problem(BigDecimal amount, BigDecimal remaining, String orderId) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of("the amount must be positive");
        }
        if (!Money.inFen(amount)) {
            return Optional.of(amount.toPlainString() + " has fractions of a fen (at most two decimals)");
        }
        if (remaining != null && amount.compareTo(remaining) > 0) {
            return Optional.of(Money.text(amount) + " yuan is more than the " + Money.text(remaining)
                    + " yuan that can still be refunded for order " + orderId);
        }
        return Optional.empty();
    }
}
