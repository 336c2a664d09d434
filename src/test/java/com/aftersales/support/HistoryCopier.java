package com.aftersales.support;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes many finished cases out of a few real ones, for the benchmarks that need a large history (the KPI
 * queries, the throughput at 100,000 historic cases). The template rows of each table are frozen first; then
 * each copy is one set-based {@code insert … select} per table and block of copies: ids and business keys become
 * a short stand-in with the copy's suffix ({@code B1f~n}, the same in every table, so copies stay joined; the
 * {@code mapped} columns), other keys just get the suffix ({@code suffixed}), timestamps move back by the
 * copy's share of {@code spread}. Plain SQL that H2 and PostgreSQL both run.
 */
public final class HistoryCopier {

    /** What is copied of a table, and how: ids and business keys become the copy's own. */
    public record Table(String name, String templateRows, Set<String> mapped, Set<String> suffixed, Set<String> dropped) {
    }

    /** The id columns of Camunda's history tables that point at copied instances (never definitions or activities). */
    public static final Set<String> HISTORY_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
            "PARENT_ACT_INST_ID_", "ACT_INST_ID_", "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "TASK_ID_",
            "BUSINESS_KEY_", "CASE_INST_ID_", "VAR_INST_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "JOB_ID_",
            "PARENT_TASK_ID_", "SUPER_EXECUTION_ID_", "PROCESS_INSTANCE_ID_");

    private static final int COPIES_PER_STATEMENT = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private int copiesMade;

    public HistoryCopier(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Adds {@code copies} copies of each table's template rows; copy {@code i} of them (1-based) lies back by
     * {@code spread × i / copies}. Calling it again makes new copies (their suffixes go on from the last).
     */
    public void copy(List<Table> tables, int copies, Duration spread) {
        if (copies <= 0) {
            return;
        }
        List<String> frozen = new ArrayList<>();
        try {
            for (Table table : tables) {
                String scratch = "bench_tpl_" + frozen.size();
                jdbc.execute("drop table if exists " + scratch);
                jdbc.execute("create table " + scratch + " as select * from " + table.name() + " where " + table.templateRows());
                frozen.add(scratch);
            }
            shortenIds(tables, frozen);
            jdbc.execute("drop table if exists bench_copy_no");
            jdbc.execute("create table bench_copy_no (n integer primary key, back_s bigint not null)");
            int first = copiesMade + 1;
            jdbc.batchUpdate("insert into bench_copy_no (n, back_s) values (?, ?)", IntStream.rangeClosed(1, copies)
                    .mapToObj(i -> new Object[] {first + i - 1, spread.toSeconds() * i / copies}).toList());
            List<String> inserts = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                inserts.add(insert(tables.get(i), frozen.get(i)));
            }
            for (int from = first; from < first + copies; from += COPIES_PER_STATEMENT) {
                int low = from;
                int high = Math.min(first + copies - 1, from + COPIES_PER_STATEMENT - 1);
                transaction.executeWithoutResult(status -> inserts.forEach(sql -> jdbc.update(sql, low, high)));
            }
            copiesMade += copies;
        } finally {
            frozen.forEach(scratch -> jdbc.execute("drop table if exists " + scratch));
            jdbc.execute("drop table if exists bench_copy_no");
            jdbc.execute("drop table if exists bench_id_map");
        }
    }

    /**
     * Gives every id in the frozen templates a short stand-in ({@code B} and a number), the same in every table,
     * so that the copy's suffix fits the columns (an activity instance id is already 60 characters long).
     */
    private void shortenIds(List<Table> tables, List<String> frozen) {
        jdbc.execute("drop table if exists bench_id_map");
        jdbc.execute("create table bench_id_map (old_id varchar(255) primary key, new_id varchar(20) not null)");
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            for (String column : columns(frozen.get(i), tables.get(i).mapped())) {
                jdbc.queryForList("select distinct " + column + " from " + frozen.get(i) + " where " + column
                        + " is not null", String.class).forEach(id -> ids.computeIfAbsent(id,
                        old -> "B" + Integer.toString(ids.size(), 36)));
            }
        }
        jdbc.batchUpdate("insert into bench_id_map (old_id, new_id) values (?, ?)",
                ids.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        for (int i = 0; i < tables.size(); i++) {
            for (String column : columns(frozen.get(i), tables.get(i).mapped())) {
                jdbc.update("update " + frozen.get(i) + " t set " + column + " = (select m.new_id from bench_id_map m"
                        + " where m.old_id = t." + column + ") where " + column + " is not null");
            }
        }
    }

    /** Those of the names that are columns of the table. */
    private List<String> columns(String table, Set<String> names) {
        return jdbc.query("select * from " + table + " where 1 = 0", rows -> {
            List<String> found = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                String column = rows.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT);
                if (names.contains(column)) {
                    found.add(column);
                }
            }
            return found;
        });
    }

    private String insert(Table table, String scratch) {
        List<String[]> columns = jdbc.query("select * from " + scratch + " where 1 = 0", rows -> {
            ResultSetMetaData meta = rows.getMetaData();
            List<String[]> found = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                int type = meta.getColumnType(i);
                boolean time = type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
                found.add(new String[] {meta.getColumnName(i).toUpperCase(Locale.ROOT), time ? "time" : ""});
            }
            return found;
        });
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String[] column : columns) {
            String name = column[0];
            if (table.dropped().contains(name)) {
                continue;
            }
            names.add(name);
            if (table.mapped().contains(name) || table.suffixed().contains(name)) {
                values.add("t." + name + " || '~' || cast(c.n as varchar(10))");
            } else if (!column[1].isEmpty()) {
                values.add("t." + name + " - c.back_s * interval '1' second");
            } else {
                values.add("t." + name);
            }
        }
        return "insert into " + table.name() + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
                + " from " + scratch + " t cross join bench_copy_no c where c.n between ? and ?";
    }
}
