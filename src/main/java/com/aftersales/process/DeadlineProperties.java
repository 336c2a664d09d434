package com.aftersales.process;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every deadline of the after-sales routine. Defaults live in application.yaml; a shop overrides
 * them there or per environment (AFTERSALES_DEADLINES_LOOKUP=PT15M). The models read them through
 * {@link DeadlineExpressions} as {@code ${deadlines.<name>}}.
 */
@Validated
@ConfigurationProperties("aftersales.deadlines")
public record DeadlineProperties(
        @NotNull Duration lookup,
        @NotNull Duration sellerResponse,
        @NotNull Duration buyerReply,
        @NotNull Duration proposalReminder,
        @NotNull Duration proposalDecision,
        @NotNull Duration returnShipment,
        @NotNull Duration returnInspection,
        @NotNull Duration refundPayment,
        @NotNull Duration followUp,
        @NotNull Duration reviewHandling,
        @NotNull Duration reviewRevision,
        @NotNull Duration disputeAttempt,
        @NotNull Duration disputeEvidence,
        @NotNull Duration noReasonReturnWindow) {
}
