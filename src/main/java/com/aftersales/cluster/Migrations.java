package com.aftersales.cluster;

import org.springframework.core.env.Environment;

/**
 * When the schema migrations (Camunda's by Liquibase, the application's by Flyway) run: at every node's start
 * (the default, {@code aftersales.migrations.on-start=true}), or once by {@link MigrateCommand}
 * ({@code --aftersales.mode=migrate}) before the nodes roll out, which then start with
 * {@code aftersales.migrations.on-start=false} and only check that the schema is current.
 */
final class Migrations {

    static final String ON_START = "aftersales.migrations.on-start";

    private Migrations() {
    }

    static boolean run(Environment environment) {
        return MigrateCommand.requested(environment) || environment.getProperty(ON_START, Boolean.class, true);
    }
}
