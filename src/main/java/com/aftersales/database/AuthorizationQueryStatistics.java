package com.aftersales.database;

import com.aftersales.cluster.StartupLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's plans for Camunda's authorization-checked task queries fast at scale. Every open task has
 * its own authorization row for its candidate group, and the queries filter those rows by a permission bit
 * ({@code PERMS_ & 2 = 2}: READ). PostgreSQL cannot estimate such a bit test and takes it for 0.5 % of the
 * rows, so it scans all rows once per task instead of probing the index: the agents' first Tasklist page at
 * 10,000 open tasks took 40 s. Statistics on the two bit tests the task queries use (READ on the task,
 * READ_TASK on the process definition) give it the real share: 0.17 s (docs/PERFORMANCE.md, Tuning).
 * Created at start-up once the engine's tables exist, whoever made them (Liquibase in production mode, the
 * engine in the other modes); nothing to do on H2.
 */
@Component
class AuthorizationQueryStatistics extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;
    private final StartupLock startupLock;

    AuthorizationQueryStatistics(JdbcTemplate jdbc, StartupLock startupLock) {
        this.jdbc = jdbc;
        this.startupLock = startupLock;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!isPostgres(jdbc)) {
            return;
        }
        startupLock.exclusively(() -> {
            jdbc.execute("create statistics if not exists act_stat_auth_perm_read on (perms_ & 2) from act_ru_authorization");
            jdbc.execute("create statistics if not exists act_stat_auth_perm_read_task on (perms_ & 64) from act_ru_authorization");
            jdbc.execute("analyze act_ru_authorization");
        });
    }

    static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute(
                (ConnectionCallback<Boolean>) c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }
}
