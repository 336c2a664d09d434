package com.aftersales.resolution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What one proposal may give (aftersales.remedies): an agent alone up to {@code agent}, anyone up to {@code lead}.
 * Refunds and compensation have no lead limit: the money rule (never more than the buyer paid) is theirs.
 */
@Validated
@ConfigurationProperties("aftersales.remedies")
public record RemedyLimits(@NotNull @Valid Limits agent, @NotNull @Valid Limits lead) {

    /** Yuan per kind; {@code null}: no limit of its own. */
    public record Limits(@DecimalMin("0.00") BigDecimal refund, @DecimalMin("0.00") BigDecimal refundWithoutReturn,
                         @DecimalMin("0.00") BigDecimal shippingFee, @DecimalMin("0.00") BigDecimal coupon,
                         @DecimalMin("0.00") BigDecimal redEnvelope) {
    }
}
