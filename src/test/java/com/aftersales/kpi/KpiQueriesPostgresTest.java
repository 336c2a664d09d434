package com.aftersales.kpi;

import com.aftersales.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same KPI queries on PostgreSQL: the whole application on a database of its own, created for this
 * class on the tests' PostgreSQL ({@link Postgres}: the configured server, or an embedded one) and dropped afterwards.
 */
class KpiQueriesPostgresTest extends KpiQueriesTestBase {

    private static Postgres.Database database;

    @BeforeAll
    static void startOnPostgres() {
        database = Postgres.createDatabase("kpi");
        start("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=");
    }

    @AfterAll
    static void dropDatabase() {
        stop();
        if (database != null) {
            database.close();
        }
    }
}
