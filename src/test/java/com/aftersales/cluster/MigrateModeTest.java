package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Postgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's one-shot migration: {@code --aftersales.mode=migrate} on an empty PostgreSQL database creates
 * every table, Camunda's and the application's, and exits 0; a node then starts on it with migrations off,
 * changing nothing in the schema. On the way, structured logging: JSON lines when configured.
 */
@Tag("postgres")
class MigrateModeTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("create table (?:if not exists )?([a-z_0-9]+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void migrateModeCreatesEveryTableAndExitsThenANodeStartsWithMigrationsOff() {
        try (Postgres.Database database = Postgres.createDatabase("aftersales_migrate")) {
            String adminPassword = "migrate-" + UUID.randomUUID();
            // its log as JSON lines (Elastic Common Schema), as a log shipper would read it
            Node migrate = Node.start("migrate", database, adminPassword, "--aftersales.mode=migrate",
                    "--logging.structured.format.console=ecs");
            int status = migrate.awaitExit(Duration.ofMinutes(3));
            assertThat(status).as(migrate.logTail()).isZero();
            assertThat(migrate.logLines("\"message\":\"Migrations applied")).isOne();
            assertThat(migrate.logLines("Tomcat started")).as("no web server in migrate mode").isZero();

            JdbcTemplate db = database.jdbc();
            Set<String> tables = new HashSet<>(db.queryForList(
                    "select table_name from information_schema.tables where table_schema = 'public'", String.class));
            assertThat(tables).containsAll(tablesCreatedBy("classpath*:org/camunda/bpm/engine/db/create/activiti.postgres.create.*.sql"))
                    .containsAll(tablesCreatedBy("classpath*:db/migration/*.sql"))
                    .contains("databasechangelog", "flyway_schema_history");
            assertThat(db.queryForList("select version_ from act_ge_schema_log", String.class)).contains("7.24.0");
            assertThat(db.queryForObject("select count(*) from act_re_procdef", Integer.class))
                    .as("migrate mode deploys nothing").isZero();
            int changeSets = db.queryForObject("select count(*) from databasechangelog", Integer.class);
            int flywayRows = db.queryForObject("select count(*) from flyway_schema_history", Integer.class);

            try (Node node = Node.start("after-migrate", database, adminPassword, "--aftersales.migrations.on-start=false")) {
                node.awaitReady(Duration.ofMinutes(3));
                assertThat(db.queryForObject("select count(*) from databasechangelog", Integer.class)).isEqualTo(changeSets);
                assertThat(db.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isEqualTo(flywayRows);
                assertThat(db.queryForObject("select count(*) from act_re_procdef", Integer.class))
                        .as("the node deployed the models").isPositive();
            }
        }
    }

    @Test
    void aNodeWithMigrationsOffRefusesAnEmptyDatabase() {
        try (Postgres.Database database = Postgres.createDatabase("aftersales_unmigrated")) {
            Node node = Node.start("unmigrated", database, "unmigrated-" + UUID.randomUUID(),
                    "--aftersales.migrations.on-start=false");
            assertThat(node.awaitExit(Duration.ofMinutes(3))).isNotZero();
            assertThat(node.logLines("run the application once with --aftersales.mode=migrate")).isPositive();
        }
    }

    private static Set<String> tablesCreatedBy(String pattern) {
        Set<String> tables = new HashSet<>();
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(pattern);
            assertThat(scripts).isNotEmpty();
            for (Resource script : scripts) {
                Matcher matcher = CREATE_TABLE.matcher(script.getContentAsString(StandardCharsets.UTF_8));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}
