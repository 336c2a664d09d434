package com.aftersales.metrics;

import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.RemedySettled;
import com.aftersales.vocabulary.RemedyStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code aftersales_refunds_paid_total} and {@code aftersales_refunds_paid_amount_yuan_total} (what the payment provider
 * paid: refunds, compensation, shipping fees), and
 * {@code aftersales_remedies_given_total} / {@code aftersales_remedies_given_amount_yuan_total} by {@code kind}: each
 * remedy is counted once, when the ledger settles it as paid or issued and that transaction commits. A retried step
 * or a repeated verdict finds the remedy settled already and counts nothing, whichever process step gave it.
 */
@Component
class RefundMetrics {

    private final ObjectProvider<MeterRegistry> registry;

    RefundMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void settled(RemedySettled event) {
        LedgerEntry entry = event.entry();
        if (entry.status() == RemedyStatus.FAILED) {
            return;
        }
        MeterRegistry meters = registry.getObject();
        if (entry.status() == RemedyStatus.PAID) { // money through the payment provider
            count(meters).increment();
            amount(meters).increment(entry.amount().doubleValue());
        }
        Counter.builder("aftersales.remedies.given").tag("kind", entry.kind().name())
                .description("Remedies paid or issued, by kind").register(meters).increment();
        Counter.builder("aftersales.remedies.given.amount").tag("kind", entry.kind().name()).baseUnit("yuan")
                .description("Amount of the remedies paid or issued, by kind").register(meters)
                .increment(entry.amount().doubleValue());
    }

    static Counter count(MeterRegistry meters) {
        return Counter.builder("aftersales.refunds.paid").description("Refunds paid").register(meters);
    }

    static Counter amount(MeterRegistry meters) {
        return Counter.builder("aftersales.refunds.paid.amount").baseUnit("yuan").description("Amount of the refunds paid")
                .register(meters);
    }
}
