package com.aftersales.resolution;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The shop's after-sales policy, beside the decision table processes/resolution-policy.dmn.
 *
 * @param agentCompensationCap compensation an agent may grant alone; above it a team lead approves
 * @param lowValueThreshold    damaged goods paid below this are reshipped without a return
 * @param maxCounterOffers     counter-offers before a team lead decides
 * @param maxReopens           times an unsatisfied follow-up reopens the case before a team lead takes over
 */
@Validated
@ConfigurationProperties("aftersales.policy")
public record PolicyProperties(
        @NotNull @DecimalMin("0.00") BigDecimal agentCompensationCap,
        @NotNull @DecimalMin("0.00") BigDecimal lowValueThreshold,
        @Min(0) int maxCounterOffers,
        @Min(0) int maxReopens) {
}
