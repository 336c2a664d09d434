package com.aftersales.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aftersales.shutdown.grace-period}: how long a node that was told to stop ({@code SIGTERM}) lets the
 * jobs it has taken finish, and its HTTP requests in progress (Spring's timeout per shutdown phase is the same).
 * What it has not finished by then is rolled back and taken over by the other nodes once its lock expires.
 */
@ConfigurationProperties("aftersales.shutdown")
public record ShutdownProperties(@DefaultValue("30s") Duration gracePeriod) {
}
