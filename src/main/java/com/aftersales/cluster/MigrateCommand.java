package com.aftersales.cluster;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar … --aftersales.mode=migrate} (or {@code AFTERSALES_MODE=migrate}): brings the configured
 * database's schema up to date, Camunda's tables by Liquibase and the application's by Flyway, under the
 * {@link MigrationLock} as a node would, and exits (0 when done). Only the database, no engine, no web server:
 * an operator runs it once before the nodes of a new version start, with migrations off
 * ({@code aftersales.migrations.on-start=false}). Meant for production mode's PostgreSQL; the trial's H2 file
 * keeps its engine-made schema.
 */
// no @Configuration: component scanning must not find it in the application; SpringApplication reads it as a source
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@EnableConfigurationProperties(LiquibaseProperties.class)
@Import(SerializedFlyway.class)
public class MigrateCommand {

    static final String MODE = "aftersales.mode";

    /** Whether the command line or the environment asks for migrate mode. */
    public static boolean requested(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return requested(environment);
    }

    static boolean requested(Environment environment) {
        return "migrate".equals(environment.getProperty(MODE));
    }

    /** Runs the migrations and returns the exit status; a failed migration throws, and the JVM exits with 1. */
    public static int run(String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MigrateCommand.class)
                .web(WebApplicationType.NONE)
                .run(args);
        LoggerFactory.getLogger(MigrateCommand.class).info("Migrations applied; nodes may start with {}=false",
                Migrations.ON_START);
        return SpringApplication.exit(context);
    }

    /** Camunda's changelog, whatever spring.liquibase.enabled says: in migrate mode it always runs. */
    @Bean
    SpringLiquibase liquibase(DataSource dataSource, LiquibaseProperties properties) {
        return CamundaSchemaMigration.serializedLiquibase(dataSource, properties, true);
    }
}
