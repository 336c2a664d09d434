package com.aftersales.database;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param lockTimeout how long a refund payment waits for its order's refund account while another transaction holds
 *                    it (PostgreSQL); must be shorter than the job executor's lock time, so that a payment gives up
 *                    and is retried as a job before its job could be acquired and run a second time
 */
@Validated
@ConfigurationProperties("aftersales.database")
public record DatabaseProperties(@NotNull @DefaultValue("PT10S") Duration lockTimeout) {
}
