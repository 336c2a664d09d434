package com.aftersales.cluster;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's schema in production mode, from Camunda's Liquibase changelog, applied by a
 * {@link SerializedLiquibase} in place of Spring Boot's own Liquibase bean.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.liquibase.enabled")
@EnableConfigurationProperties(LiquibaseProperties.class)
class CamundaSchemaMigration {

    @Bean
    SpringLiquibase liquibase(DataSource dataSource, LiquibaseProperties properties) {
        SpringLiquibase liquibase = new SerializedLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(properties.getChangeLog());
        return liquibase;
    }
}
