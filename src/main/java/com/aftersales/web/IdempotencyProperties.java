package com.aftersales.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param retention how long the first answer to an {@code Idempotency-Key} is kept (default a day, as the IETF
 *                  draft suggests); after that the key may be used again
 */
@Validated
@ConfigurationProperties("aftersales.idempotency")
public record IdempotencyProperties(@NotNull @DefaultValue("P1D") Duration retention) {
}
