package com.aftersales.database;

import com.aftersales.cluster.StartupLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's plans for Camunda's authorization-checked task queries fast at scale. Every open task has
 * its own authorization row for its candidate group, and the queries filter those rows by a permission bit
 * ({@code PERMS_ & 2 = 2}: READ). PostgreSQL cannot estimate such a bit test and takes it for 0.5 % of the
 * rows, so it scans all rows once per task instead of probing the index: the agents' first Tasklist page at
 * 10,000 open tasks took 40 s. Statistics on the two bit tests the task queries use (READ on the task,
 * READ_TASK on the process definition) give it the real share: 0.17 s (docs/PERFORMANCE.md, Tuning).
 * Created once, at the first start after the engine's tables exist, whoever made them (Liquibase in
 * production mode, the engine in the other modes); nothing to do on H2.
 */
@Component
class AuthorizationQueryStatistics extends AbstractProcessEnginePlugin {

    static final String READ = "act_stat_auth_perm_read";
    static final String READ_TASK = "act_stat_auth_perm_read_task";

    private final JdbcTemplate jdbc;
    private final StartupLock startupLock;

    AuthorizationQueryStatistics(JdbcTemplate jdbc, StartupLock startupLock) {
        this.jdbc = jdbc;
        this.startupLock = startupLock;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        if (!DbSqlSessionFactory.POSTGRES.equals(database)) {
            return;
        }
        startupLock.exclusively(() -> {
            Integer present = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname in (?, ?)",
                    Integer.class, READ, READ_TASK);
            if (present != null && present == 2) {
                return;
            }
            jdbc.execute("create statistics if not exists " + READ + " on (perms_ & 2) from act_ru_authorization");
            jdbc.execute("create statistics if not exists " + READ_TASK + " on (perms_ & 64) from act_ru_authorization");
            jdbc.execute("analyze act_ru_authorization");
        });
    }
}
