package com.aftersales.support;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code -Daftersales.test.database=postgres} (the {@code postgres-tests} execution in pom.xml) every
 * test application context runs on a PostgreSQL database of its own, created empty for it and dropped
 * when it closes, with the schema made as in production mode: Camunda's Liquibase changelog, the
 * application's Flyway migrations, and no {@code schema-update} by the engine.
 * Registered in META-INF/spring.factories; without the property it does nothing.
 */
class OnPostgres implements ContextCustomizerFactory {

    static final String SWITCH = "aftersales.test.database";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return "postgres".equals(System.getProperty(SWITCH)) ? new OwnDatabase() : null;
    }

    /** All instances are equal: the contexts are cached as they are on H2. */
    private static final class OwnDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Postgres.Database database = Postgres.createDatabase("aftersales_test");
            LoggerFactory.getLogger(OnPostgres.class).info("Test context on PostgreSQL database {}", database.name());
            TestPropertyValues.of(
                    "spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + Postgres.USER,
                    "spring.datasource.password=",
                    "spring.liquibase.enabled=true",
                    "spring.flyway.baseline-on-migrate=true",
                    "spring.flyway.baseline-version=0",
                    "camunda.bpm.database.schema-update=false").applyTo(context);
            // registered before any bean of the context, so destroyed after all of them: after the engine's last
            // write (its metrics, when it closes) and after the connection pool
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("postgresTestDatabase",
                    database::close);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OwnDatabase;
        }

        @Override
        public int hashCode() {
            return OwnDatabase.class.hashCode();
        }
    }
}
