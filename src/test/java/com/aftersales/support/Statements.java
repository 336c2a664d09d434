package com.aftersales.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL statements H2 runs during a piece of work, from its own statistics (all sessions). The tests run one at a
 * time and without a job executor, so what is counted is the work's.
 */
public record Statements(List<Map<String, Object>> executed) {

    public static Statements during(JdbcTemplate jdbc, Runnable work) {
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            work.run();
            return new Statements(jdbc.queryForList("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM "
                    + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"));
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    public long total() {
        return matching("");
    }

    /** How many of them contain this text (case-insensitive), e.g. a table name or {@code COMMIT}. */
    public long matching(String text) {
        return executed.stream()
                .filter(row -> row.get("SQL_STATEMENT").toString().toUpperCase().contains(text.toUpperCase()))
                .mapToLong(row -> ((Number) row.get("EXECUTION_COUNT")).longValue()).sum();
    }
}
