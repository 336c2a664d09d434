package com.aftersales.cluster;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that looks before it writes (is the group there? the filter? the demo orders?) is
 * not safe when two nodes start at once on one database: both look, both write. Such work runs here,
 * in one transaction that first locks the {@code startup} row of {@code app_lock}: the second node
 * waits, then finds the first one's work committed. The engine's calls join the transaction.
 */
@Component
public class StartupLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public StartupLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    public <T> T exclusively(Supplier<T> work) {
        return transaction.execute(status -> {
            jdbc.queryForObject("select name from app_lock where name = 'startup' for update", String.class);
            return work.get();
        });
    }

    public void exclusively(Runnable work) {
        exclusively(() -> {
            work.run();
            return null;
        });
    }
}
