package com.aftersales.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aftersales.support.AfterSalesTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL (the postgres-tests run), what keeps the authorization-checked task queries' plans fast. */
@AfterSalesTest
class PostgresPlanningTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;

    @BeforeEach
    void onPostgresOnly() {
        assumeTrue(DbSqlSessionFactory.POSTGRES.equals(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType()), "PostgreSQL only");
    }

    @Test
    void thePlannerKnowsHowManyAuthorizationsGrantReadAndReadTask() {
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext order by stxname", String.class))
                .contains(AuthorizationQueryStatistics.READ, AuthorizationQueryStatistics.READ_TASK);
    }

    @Test
    void tasklistsFirstPageHasAnIndexInItsOrder() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                TasklistOrderIndex.NAME)).endsWith("(priority_ DESC, due_date_, create_time_)");
    }

    @Test
    void theApplicationsConnectionsPlanForTheValuesAndWithoutJit() {
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }
}
