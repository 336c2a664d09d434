package com.aftersales.cluster;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built only after the database migrations ran (Flyway for the application's
 * tables, Liquibase for Camunda's in production mode): with {@code schema-update: false} the engine
 * refuses a database without its tables, and its start-up plugins use the application's tables.
 * Spring Boot orders every bean of these types after the database initializers.
 */
class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
