package com.aftersales.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

/** The periods a manager chooses between: today (since midnight), the last 7 days, the last 30 days. */
public enum Period {
    TODAY("today"), DAYS_7("7d"), DAYS_30("30d");

    private final String code;

    Period(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** When the period began, for a period ending now. */
    public Instant startBefore(Instant now, ZoneId zone) {
        return switch (this) {
            case TODAY -> now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            case DAYS_7 -> now.minus(Duration.ofDays(7));
            case DAYS_30 -> now.minus(Duration.ofDays(30));
        };
    }

    /** The period of a request's {@code period} parameter ({@code today}, {@code 7d}, {@code 30d}); 7 days when absent. */
    public static Period ofCode(String code) {
        if (code == null || code.isBlank()) {
            return DAYS_7;
        }
        return Arrays.stream(values()).filter(period -> period.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("period must be one of today, 7d, 30d"));
    }
}
