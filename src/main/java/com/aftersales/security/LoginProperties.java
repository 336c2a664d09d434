package com.aftersales.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param loginCache how long verified REST credentials (user and password) are remembered with the user's groups and
 *                   tenants; identity changes on this node take effect at once, on another node within this time.
 *                   {@code PT0S}: ask the identity service on every call
 */
@Validated
@ConfigurationProperties("aftersales.security")
record LoginProperties(@NotNull @DefaultValue("PT30S") Duration loginCache) {
}
