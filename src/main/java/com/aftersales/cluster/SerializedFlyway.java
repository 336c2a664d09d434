package com.aftersales.cluster;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's tables by Flyway, under the same {@link MigrationLock} as Camunda's: on a new database
 * one node runs both tools while the others wait, and no node's Flyway looks at a schema that another
 * node's Liquibase is half-way through creating. With migrations off at start-up ({@link Migrations}) it only checks.
 */
@Configuration(proxyBeanMethods = false)
class SerializedFlyway {

    @Bean
    FlywayMigrationStrategy serializedMigration(Environment environment) {
        if (!Migrations.run(environment)) {
            return SerializedFlyway::requireCurrent;
        }
        return flyway -> MigrationLock.holding(flyway.getConfiguration().getDataSource(), flyway::migrate);
    }

    /** Migrations off: a node refuses a database that the migrate command has not brought up to its version. */
    private static void requireCurrent(Flyway flyway) {
        ValidateResult result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
            throw new IllegalStateException("The database is not migrated to this version (" + result.getAllErrorMessages()
                    + "): run the application once with --aftersales.mode=migrate, or start it with "
                    + Migrations.ON_START + "=true");
        }
    }
}
