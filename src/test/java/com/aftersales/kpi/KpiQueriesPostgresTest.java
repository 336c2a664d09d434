package com.aftersales.kpi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same KPI queries on PostgreSQL: the whole application on a database of its own, created for this
 * class on the PostgreSQL server at {@code -Dkpi.postgres.url} (default {@code 127.0.0.1:5432}, user
 * {@code postgres}) and dropped afterwards.
 */
class KpiQueriesPostgresTest extends KpiQueriesTestBase {

    private static final String SERVER = System.getProperty("kpi.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("kpi.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("kpi.postgres.password", "");
    private static final String DATABASE = "kpi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void startOnPostgres() throws SQLException {
        admin("create database " + DATABASE);
        start("--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        stop();
        admin("drop database if exists " + DATABASE + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
