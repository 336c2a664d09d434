package com.aftersales.process;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.systemDefault());
    }
}
