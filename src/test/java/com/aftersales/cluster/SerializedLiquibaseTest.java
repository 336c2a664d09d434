package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Postgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes applying Camunda's changelog to one empty database at the same moment: each succeeds, and
 * every change set is applied once. Plain Liquibase fails here now and then ("relation databasechangelog
 * already exists"), which is what once stopped a node in {@link ClusterTest}.
 */
@Tag("postgres")
class SerializedLiquibaseTest {

    private static final int NODES = 4;

    @Test
    void nodesMigratingAtOnceEachSucceedAndApplyEveryChangeSetOnce() throws Exception {
        try (Postgres.Database database = Postgres.createDatabase("aftersales_liquibase")) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(NODES);
            try {
                List<Future<?>> migrations = new ArrayList<>();
                for (int i = 0; i < NODES; i++) {
                    migrations.add(nodes.submit(() -> {
                        SerializedLiquibase liquibase = new SerializedLiquibase();
                        liquibase.setDataSource(database.dataSource());
                        liquibase.setResourceLoader(new DefaultResourceLoader());
                        liquibase.setChangeLog("classpath:org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml");
                        start.await();
                        liquibase.afterPropertiesSet();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> migration : migrations) {
                    migration.get();
                }
            } finally {
                nodes.shutdownNow();
            }

            JdbcTemplate db = database.jdbc();
            assertThat(db.queryForObject("select count(*) from databasechangelog", Integer.class))
                    .isPositive()
                    .isEqualTo(db.queryForObject("select count(distinct (id, author, filename)) from databasechangelog",
                            Integer.class));
            assertThat(db.queryForList("select version_ from act_ge_schema_log", String.class)).contains("7.24.0");
        }
    }
}
