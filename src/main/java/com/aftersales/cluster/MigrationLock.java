package com.aftersales.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Lets nodes that start at once on one PostgreSQL database migrate it one after the other: the work runs
 * while this node holds an advisory lock, and the next node finds every migration applied. The lock belongs
 * to a connection of its own; it is released when the work ends, or by PostgreSQL when the node dies.
 * Other databases (the trial's H2 file, one node) run the work as it is.
 */
final class MigrationLock {

    /** Any number the application uses for nothing else; Flyway's own advisory locks use other keys. */
    static final long KEY = 0x4146_5445_5253_414CL;

    @FunctionalInterface
    interface Work<E extends Exception> {
        void run() throws E;
    }

    private MigrationLock() {
    }

    static <E extends Exception> void holding(DataSource dataSource, Work<E> work) throws E {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                work.run();
                return;
            }
            call(connection, "select pg_advisory_lock(?)");
            try {
                work.run();
            } finally {
                call(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or release the migration lock", e);
        }
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
