package com.aftersales.process;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    /**
     * The engine's time in the shop's zone ({@code aftersales.zone}): whoever asks the clock for a date gets the
     * shop's date, so "today" starts at midnight in the shop, not in the server's zone (often UTC).
     */
    @Bean
    Clock clock(@Value("${aftersales.zone:Asia/Shanghai}") ZoneId zone) {
        return new EngineClock(zone);
    }
}
