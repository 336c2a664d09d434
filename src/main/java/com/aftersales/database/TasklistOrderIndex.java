package com.aftersales.database;

import com.aftersales.cluster.StartupLock;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on Camunda's task table in the order this application's Tasklist lists tasks (priority, highest first;
 * due date; creation: {@code task-order.js}), so that PostgreSQL reads a list's first page from the top of the index
 * and stops after it. Camunda's task query selects {@code distinct} rows; PostgreSQL 16 and later sort such a query
 * incrementally on an index's order: the agents' first page at 10,000 open tasks took 0.55 ms instead of 115 ms
 * (PostgreSQL 18, the same query). PostgreSQL 15 cannot (it sorts every candidate task before {@code distinct}), so
 * there the index changes nothing and costs one entry per task (docs/PERFORMANCE.md, Tuning).
 * Created once, at the first start after the engine's tables exist, whoever made them (Liquibase in production mode,
 * the engine in the other modes): Flyway runs before either, when the table may not exist yet. Nothing on H2.
 */
@Component
class TasklistOrderIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "aftersales_idx_task_tasklist_order";

    /** The columns in Tasklist's order; NULLS as PostgreSQL's ORDER BY has them (desc: first, asc: last). */
    static final List<String> COLUMNS = List.of("priority_ desc", "due_date_", "create_time_");

    private final JdbcTemplate jdbc;
    private final StartupLock startupLock;

    TasklistOrderIndex(JdbcTemplate jdbc, StartupLock startupLock) {
        this.jdbc = jdbc;
        this.startupLock = startupLock;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        if (!DbSqlSessionFactory.POSTGRES.equals(database)) {
            return;
        }
        // looked up first: creating (even "if not exists") locks the table against writes of running nodes
        if (Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, NAME))) {
            return;
        }
        startupLock.exclusively(() -> jdbc.execute("create index if not exists " + NAME + " on act_ru_task ("
                + String.join(", ", COLUMNS) + ")"));
    }
}
