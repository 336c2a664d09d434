package com.aftersales.orders;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The logistics events of every order, each once. */
@Component
class LogisticsEventTable {

    private final JdbcTemplate jdbc;

    LogisticsEventTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the event unless it is kept already; {@code false} for a repeat. Called with the order's row locked, so
     * that no two requests insert the same event at once (a failed insert would end a PostgreSQL transaction).
     */
    boolean add(LogisticsEvent event, Instant now) {
        Integer known = jdbc.queryForObject("select count(*) from logistics_event where order_id = ? and event_type = ? "
                        + "and tracking_number = ? and occurred_at = ?", Integer.class, event.orderId(),
                event.type().name(), event.trackingNumber(), Timestamp.from(event.occurredAt()));
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("insert into logistics_event (order_id, event_type, carrier, tracking_number, occurred_at, note, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", event.orderId(), event.type().name(),
                event.carrier(), event.trackingNumber(), Timestamp.from(event.occurredAt()), event.note(),
                Timestamp.from(now));
        return true;
    }

    boolean anyFor(String orderId) {
        Integer count = jdbc.queryForObject("select count(*) from logistics_event where order_id = ?", Integer.class,
                orderId);
        return count != null && count > 0;
    }
}
