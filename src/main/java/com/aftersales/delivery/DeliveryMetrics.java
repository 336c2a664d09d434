package com.aftersales.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code aftersales_messages_delivered_total}, {@code aftersales_messages_failed_total} (given up after the last
 * attempt), {@code aftersales_messages_pending} (the outbox's pending rows, all nodes together) and
 * {@code aftersales_messages_delivery_latency_seconds} (from writing a message to its delivery).
 */
@Component
class DeliveryMetrics {

    private final Counter delivered;
    private final Counter failed;
    private final Timer latency;

    DeliveryMetrics(MeterRegistry meters, JdbcTemplate jdbc) {
        this.delivered = Counter.builder("aftersales.messages.delivered").description("Messages delivered")
                .register(meters);
        this.failed = Counter.builder("aftersales.messages.failed")
                .description("Messages given up after the configured attempts").register(meters);
        this.latency = Timer.builder("aftersales.messages.delivery.latency")
                .description("Time from writing a message to its delivery").register(meters);
        Gauge.builder("aftersales.messages.pending", jdbc, db -> count(db))
                .description("Messages waiting in the outbox").register(meters);
    }

    private static double count(JdbcTemplate jdbc) {
        Long pending = jdbc.queryForObject("select count(*) from outbox_message where status = 'PENDING'", Long.class);
        return pending == null ? 0 : pending;
    }

    void delivered(Duration sinceWritten) {
        delivered.increment();
        latency.record(sinceWritten.isNegative() ? Duration.ZERO : sinceWritten);
    }

    void failed() {
        failed.increment();
    }
}
