package com.aftersales.api;

import com.aftersales.orders.LogisticsEvent;
import com.aftersales.vocabulary.LogisticsEventType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/orders/{orderId}/logistics-events}: what the carrier reported about the parcel. */
record LogisticsEventRequest(
        @Schema(example = "SHIPPED") @NotNull LogisticsEventType type,
        @Schema(example = "顺丰速运 SF Express") @NotBlank @Size(max = 40) @Pattern(regexp = SingleLine.PATTERN, message = SingleLine.MESSAGE) String carrier,
        @Schema(example = "SF1400000007") @NotBlank @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9-]*", message = "may contain only letters, digits and '-'") String trackingNumber,
        @Schema(example = "2026-11-25T09:30:00+08:00", description = "when it happened, with its offset")
        @NotNull Instant occurredAt,
        @Schema(example = "杭州转运中心 Hangzhou hub") @Size(max = 500) String note) {

    LogisticsEvent toEvent(String orderId) {
        return new LogisticsEvent(orderId, type, carrier.trim(), trackingNumber.trim(), occurredAt,
                note == null || note.isBlank() ? null : note.trim());
    }
}
