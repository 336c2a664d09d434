package com.aftersales.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Databases of a test's own on the local PostgreSQL (127.0.0.1:5432, trust authentication, connecting as
 * {@code postgres}; {@code .ci/run} starts the server). Each is created empty and dropped afterwards,
 * so test runs never share data, not even two runs at once.
 */
public final class Postgres {

    /** The server's maintenance database, where databases are created and dropped. */
    static final String SERVER_URL = System.getProperty("aftersales.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("aftersales.test.postgres.user", "postgres");

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
        return new Database(name, SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER_URL + " as " + USER + ": " + sql
                    + " failed (is the server running? .ci/run starts it)", e);
        }
    }
}
