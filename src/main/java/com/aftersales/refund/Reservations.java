package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyStatus;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two short transactions around every call to an outside system: the remedy is written PENDING (under the
 * order's account lock, after the caller's money check) and committed before the call; the answer is written after
 * it. So no database lock is held while a provider thinks, and whatever happens to the step's own transaction, the
 * application knows what it asked for.
 */
@Component
class Reservations {

    private final RefundAccounts accounts;
    private final RemedyLedger ledger;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reservations(RefundAccounts accounts, RemedyLedger ledger, PlatformTransactionManager transactions,
                 ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The remedy's ledger entry: the one written before (the same remedy asked again), or a new PENDING one once
     * {@code check} let it pass; then one more attempt is counted on it, unless it is settled.
     *
     * @param check throws {@link RefundRefused} when the remedy must not be given; runs with the order's account locked
     */
    LedgerEntry reserve(RemedyOrder order, Consumer<java.math.BigDecimal> check) {
        return ownTransaction.execute(status -> {
            java.math.BigDecimal paid = accounts.lock(order.orderId());
            LedgerEntry entry = ledger.findByKey(order.idempotencyKey()).orElseGet(() -> {
                check.accept(paid);
                return ledger.insertPending(order, clock.instant());
            });
            if (!entry.settled()) {
                ledger.countAttempt(entry.id());
            }
            return entry;
        });
    }

    /** Writes the outside system's answer; a remedy another node settled first keeps that node's answer. */
    LedgerEntry settle(LedgerEntry entry, RemedyStatus status, String reference, String failure) {
        return ownTransaction.execute(tx -> {
            ledger.settle(entry.id(), status, reference, failure, clock.instant());
            LedgerEntry settled = ledger.get(entry.id());
            if (settled.status() == status && entry.status() == RemedyStatus.PENDING) {
                events.publishEvent(new RemedySettled(settled));
            }
            return settled;
        });
    }
}
