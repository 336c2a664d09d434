package com.aftersales.resolution;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The shop's after-sales policy, beside the decision table processes/resolution-policy.dmn.
 *
 * @param agentCompensationCap compensation an agent may grant alone; above it a team lead approves
 * @param lowValueThreshold    damaged goods paid below this are reshipped without a return
 * @param maxCounterOffers     counter-offers before a team lead decides
 * @param maxReopens           times an unsatisfied follow-up reopens the case before a team lead takes over
 * @param autoRefundLimit      a refund request the shop has not answered in its response time is agreed automatically
 *                             (as the marketplace would) when the order's refundable amount is at most this
 * @param disputeAfterClose    how long after closing a case the buyer may still open a dispute on it
 */
@Validated
@ConfigurationProperties("aftersales.policy")
public record PolicyProperties(
        @NotNull @DecimalMin("0.00") BigDecimal agentCompensationCap,
        @NotNull @DecimalMin("0.00") BigDecimal lowValueThreshold,
        @Min(0) int maxCounterOffers,
        @Min(0) int maxReopens,
        @NotNull @DecimalMin("0.00") BigDecimal autoRefundLimit,
        @NotNull Duration disputeAfterClose) {
}
