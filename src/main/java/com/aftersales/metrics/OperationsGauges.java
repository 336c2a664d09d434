package com.aftersales.metrics;

import com.aftersales.kpi.KpiQueryService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the operators' alerts watch besides the counters: {@code aftersales_refunds_in_incident} (cases whose refund
 * payment is stuck in an incident), {@code aftersales_jobs_due} (jobs due now and not yet run: the job executor's
 * backlog) and {@code aftersales_jobs_failed} (jobs out of retries). Each is counted in the shared database at most
 * every 15 seconds, however often it is read; every node reports the same figure (aggregate with max, not sum).
 */
@Component
class OperationsGauges {

    private static final Logger log = LoggerFactory.getLogger(OperationsGauges.class);
    private static final Duration FRESH = Duration.ofSeconds(15);

    OperationsGauges(KpiQueryService kpis, ManagementService management, MeterRegistry registry,
                     com.aftersales.logistics.LogisticsProperties logistics, java.time.Clock clock) {
        register(registry, "aftersales.refunds.in.incident", "Cases whose refund payment is stuck in an incident",
                () -> kpis.kpis().refundsInIncident());
        register(registry, "aftersales.jobs.due", "Jobs due now and not yet run (the job executor's backlog)",
                () -> management.createJobQuery().executable().count());
        register(registry, "aftersales.jobs.failed", "Jobs out of retries (each is an incident)",
                () -> management.createJobQuery().noRetriesLeft().count());
        register(registry, "aftersales.shipments.not.picked.up",
                "Parcels marked shipped longer ago than aftersales.logistics.pick-up-within, not picked up since (虚假发货 risk)",
                () -> kpis.kpis().shipmentsNotPickedUp(clock.instant().minus(logistics.pickUpWithin())).size());
    }

    private static void register(MeterRegistry registry, String name, String description, LongSupplier count) {
        Gauge.builder(name, new Cached(name, count), Cached::value).description(description).register(registry);
    }

    /** The last count, taken anew when older than {@link #FRESH}; the last good one while the database fails. */
    private static final class Cached {
        private final String name;
        private final LongSupplier count;
        private volatile long value;
        private volatile long countedAt;
        private volatile boolean counted;

        Cached(String name, LongSupplier count) {
            this.name = name;
            this.count = count;
        }

        synchronized double value() {
            long now = System.nanoTime();
            if (!counted || now - countedAt > FRESH.toNanos()) {
                try {
                    value = count.getAsLong();
                    countedAt = now;
                    counted = true;
                } catch (RuntimeException e) {
                    log.warn("{} could not be counted: {}", name, e.toString());
                }
            }
            return value;
        }
    }
}
