package com.aftersales.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoEnabled   create the demo users (and demo orders); default mode only
 * @param adminPassword password of the {@code admin} user; required when demo data is off
 */
@ConfigurationProperties("aftersales")
public record SecurityProperties(Demo demo, String adminPassword) {

    public record Demo(boolean enabled) {
    }

    public boolean demoEnabled() {
        return demo != null && demo.enabled();
    }
}
