package com.aftersales.cluster;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Camunda's schema in production mode, from Camunda's Liquibase changelog, applied by a
 * {@link SerializedLiquibase} in place of Spring Boot's own Liquibase bean; at start-up only where {@link Migrations}
 * says so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.liquibase.enabled")
@EnableConfigurationProperties(LiquibaseProperties.class)
class CamundaSchemaMigration {

    @Bean
    SpringLiquibase liquibase(DataSource dataSource, LiquibaseProperties properties, Environment environment) {
        return serializedLiquibase(dataSource, properties, Migrations.run(environment));
    }

    static SpringLiquibase serializedLiquibase(DataSource dataSource, LiquibaseProperties properties, boolean run) {
        SpringLiquibase liquibase = new SerializedLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(properties.getChangeLog());
        // off: the engine's own check (schema-update false) refuses a database without its tables or of another version
        liquibase.setShouldRun(run);
        return liquibase;
    }
}
