package com.aftersales.resolution;

import com.aftersales.vocabulary.CustomerTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** What the buyer's tier changes (aftersales.tiers): the priority of the case's tasks and the agent's compensation limit. */
@Validated
@ConfigurationProperties("aftersales")
public record TierProperties(@NotNull Map<CustomerTier, @Valid Tier> tiers) {

    public TierProperties {
        for (CustomerTier tier : CustomerTier.values()) {
            if (tiers == null || !tiers.containsKey(tier)) {
                throw new IllegalArgumentException("aftersales.tiers." + tier + " is not configured");
            }
        }
    }

    /**
     * @param priority            Camunda task priority of the case's tasks (50 is Camunda's default)
     * @param compensationFactor  the decision table's compensation limit is multiplied by this
     */
    public record Tier(@Min(0) @Max(89) int priority, @NotNull @DecimalMin("1.0") BigDecimal compensationFactor) {
    }

    public Tier of(CustomerTier tier) {
        return tiers.get(tier == null ? CustomerTier.NORMAL : tier);
    }

    /** The agent's compensation limit for a buyer of this tier, in whole fen. */
    public BigDecimal compensationLimit(BigDecimal tableLimit, CustomerTier tier) {
        return tableLimit.multiply(of(tier).compensationFactor()).setScale(2, RoundingMode.DOWN);
    }
}
