package com.aftersales.orders;

import com.aftersales.vocabulary.LogisticsEventType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One event of a parcel as the carrier reports it. {@code occurredAt} is kept to the microsecond, as the database
 * stores it, so that the same event sent again is recognised as the same.
 */
public record LogisticsEvent(String orderId, LogisticsEventType type, String carrier, String trackingNumber,
                             Instant occurredAt, String note) {

    public LogisticsEvent {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    }
}
