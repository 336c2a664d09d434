package com.aftersales.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Two session settings for the application's connections to PostgreSQL, both for the engine's
 * authorization-checked task queries (docs/PERFORMANCE.md, Tuning):
 * <ul>
 * <li>{@code plan_cache_mode = force_custom_plan}: the engine's queries are prepared statements, and after five
 * runs PostgreSQL may switch to a generic plan that ignores the parameter values. For the agents' Tasklist
 * count at 10,000 open tasks that plan took 12.5 s against 0.25 s planned for the values each time;
 * planning costs about a millisecond.</li>
 * <li>{@code jit = off}: PostgreSQL compiles a query to machine code when its estimated cost is high. The
 * engine's queries are short, but some are estimated high, such as the agents' Tasklist page: compiling
 * took 0.5–0.8 s of its 0.7–1 s, against 0.17 s without.</li>
 * </ul>
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    static final String SETTINGS = "set plan_cache_mode = force_custom_plan; set jit = off";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(SETTINGS);
        }
        return bean;
    }
}
