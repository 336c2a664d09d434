package com.aftersales.logistics;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the shop handles a buyer who urges shipment (aftersales.logistics).
 *
 * @param cancellationAtUrge from this urge on the agent offers to cancel the order with a full refund (催发货 3rd time)
 * @param leadAtUrge         from this urge on the team lead is told (2nd time)
 * @param stalledAfter       a shipped parcel without a tracking event for this long is stalled (物流不更新)
 * @param pickUpWithin       a parcel shipped (tracking number uploaded) must be picked up by the carrier within this;
 *                           else the team leads see it as a fake-shipment risk (虚假发货)
 */
@Validated
@ConfigurationProperties("aftersales.logistics")
public record LogisticsProperties(@Min(1) int cancellationAtUrge, @Min(1) int leadAtUrge,
                                  @jakarta.validation.constraints.NotNull java.time.Duration stalledAfter,
                                  @jakarta.validation.constraints.NotNull java.time.Duration pickUpWithin) {
}
