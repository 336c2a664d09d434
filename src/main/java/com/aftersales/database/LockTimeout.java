package com.aftersales.database;

import com.aftersales.cluster.JobProperties;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bounds how long a transaction waits for a row another transaction holds (the order's refund account a payment
 * locks), so that a job gives up and is retried instead of waiting past its own lock — after which another node may
 * acquire the same job. On PostgreSQL, where nothing bounds a lock wait by default, {@code lock_timeout} is set for
 * the calling transaction only: the connections' default stays unbounded for the waits that must last (the
 * migrations' advisory lock, nodes taking turns at start-up). H2, the trial's single node, bounds every lock wait by
 * its URL's {@code LOCK_TIMEOUT}. A job whose wait ran out is tried again shortly without using up an attempt
 * ({@link OutageKeepsJobRetries}): the row is ours, its holder will let go, and a payment's attempts are for the
 * payment provider's failures.
 */
@Component
public class LockTimeout {

    private final JdbcTemplate jdbc;
    private final Duration timeout;
    private volatile Boolean postgres;

    LockTimeout(JdbcTemplate jdbc, DatabaseProperties properties, JobProperties jobs) {
        this.jdbc = jdbc;
        this.timeout = properties.lockTimeout();
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(jobs.lockTime()) >= 0) {
            throw new IllegalStateException("aftersales.database.lock-timeout (" + timeout + ") must be positive and "
                    + "shorter than the job lock time (aftersales.jobs.lock-time, " + jobs.lockTime() + ")");
        }
    }

    /** Whether a failure is a lock wait that ran out (PostgreSQL's {@code lock_timeout}, H2's {@code LOCK_TIMEOUT}). */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotAcquireLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200
                    && sql.getClass().getName().startsWith("org.h2."))) {
                return true;
            }
        }
        return false;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Bounds the lock waits of the current transaction, for the rest of it. */
    public void applyToThisTransaction() {
        if (isPostgres()) {
            jdbc.queryForObject("select set_config('lock_timeout', ?, true)", String.class, timeout.toMillis() + "ms");
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
