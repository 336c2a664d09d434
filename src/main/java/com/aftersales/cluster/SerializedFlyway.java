package com.aftersales.cluster;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's tables by Flyway, under the same {@link MigrationLock} as Camunda's: on a new database
 * one node runs both tools while the others wait, and no node's Flyway looks at a schema that another
 * node's Liquibase is half-way through creating.
 */
@Configuration(proxyBeanMethods = false)
class SerializedFlyway {

    @Bean
    FlywayMigrationStrategy serializedMigration() {
        return flyway -> MigrationLock.holding(flyway.getConfiguration().getDataSource(), flyway::migrate);
    }
}
