package com.aftersales.kpi;

import com.aftersales.AfterSalesApplication;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import com.aftersales.support.HistoryCopier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long each KPI query takes with 100,000 historic cases. Not part of {@code mvn verify}; run it with
 *
 * <pre>
 * mvn test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=KpiQueryBenchmark -Dkpi.bench=h2          # an H2 file under target/bench/
 * mvn test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=KpiQueryBenchmark -Dkpi.bench=postgres    # a database of its own on 127.0.0.1:5432, dropped afterwards
 *          [-Dkpi.bench.cases=100000] [-Dkpi.bench.open=300]
 * </pre>
 *
 * <p>The history is real: {@link KpiScenario} runs its cases through the application, then every closed
 * process instance of it (cases, their disputes, the revised review) is copied with new ids and business
 * keys, moved back in time so that the copies spread over 180 days (the history time to live), history
 * rows ({@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST}, {@code ACT_HI_VARINST}) and ledger rows (refunds,
 * penalties, reviews) alike, until there are as many closed cases as asked ({@link HistoryCopier}). Open cases are real ones.
 * Each statement is then run 3 times to warm up and timed over 5 runs; the table goes to
 * {@code target/bench/kpi-queries-<database>.md}.
 */
@Tag("own-jvm")
@Tag("bench")
@EnabledIfSystemProperty(named = "kpi.bench", matches = "h2|postgres")
class KpiQueryBenchmark {

    private static final int CASES = Integer.getInteger("kpi.bench.cases", 100_000);
    private static final int OPEN = Integer.getInteger("kpi.bench.open", 300);
    private static final Duration SPREAD = Duration.ofDays(180);
    private static final String SERVER = System.getProperty("kpi.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");

    private static final String CLOSED_INSTANCES = "select ID_ from ACT_HI_PROCINST where END_TIME_ is not null";
    private static final String CLOSED_KEYS = "select BUSINESS_KEY_ from ACT_HI_PROCINST where END_TIME_ is not null";
    private static final List<HistoryCopier.Table> TABLES = List.of(
            new HistoryCopier.Table("ACT_HI_PROCINST", "ID_ in (" + CLOSED_INSTANCES + ")", HistoryCopier.HISTORY_IDS, Set.of(), Set.of()),
            new HistoryCopier.Table("ACT_HI_ACTINST", "PROC_INST_ID_ in (" + CLOSED_INSTANCES + ")", HistoryCopier.HISTORY_IDS, Set.of(), Set.of()),
            new HistoryCopier.Table("ACT_HI_VARINST", "PROC_INST_ID_ in (" + CLOSED_INSTANCES + ")", HistoryCopier.HISTORY_IDS, Set.of(), Set.of()),
            new HistoryCopier.Table("refund_ledger", "case_id in (" + CLOSED_KEYS + ")", Set.of("CASE_ID"),
                    Set.of("IDEMPOTENCY_KEY", "REQUEST_NO"), Set.of("ID")),
            new HistoryCopier.Table("penalty", "case_id in (" + CLOSED_KEYS + ")", Set.of("CASE_ID"), Set.of(), Set.of()),
            new HistoryCopier.Table("review_case", "review_id in (" + CLOSED_KEYS + ")", Set.of("REVIEW_ID", "CASE_ID"),
                    Set.of("IDEMPOTENCY_KEY"), Set.of()));

    @Test
    void timeEveryKpiQueryAtOneHundredThousandHistoricCases() throws Exception {
        String database = System.getProperty("kpi.bench");
        String name = "kpi_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true"));
        if (database.equals("h2")) {
            // the trial mode's H2 file database (100,000 cases' history does not fit an in-memory one comfortably)
            // H2 would answer a repeated query from its query cache: switch it off, or the timings mean nothing
            args.add("--spring.datasource.url=jdbc:h2:file:./target/bench/" + name + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0");
        } else {
            admin("create database " + name);
            args.addAll(List.of("--spring.datasource.url=" + SERVER + name + "?reWriteBatchedInserts=true",
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password="));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AfterSalesApplication.class, Fixtures.class,
                FailingPaymentGateway.class).profiles("test").run(args.toArray(String[]::new));
        try {
            KpiScenario scenario = new KpiScenario(context).run();
            Fixtures fixtures = context.getBean(Fixtures.class);
            for (int i = 0; i < OPEN; i++) {
                fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "买家咨询 a question",
                        RequestedOutcome.OTHER);
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long templateCases = count(jdbc, "select count(*) from ACT_HI_PROCINST where END_TIME_ is not null and PROC_DEF_KEY_ = ?",
                    AfterSalesCase.PROCESS_KEY);
            int copies = (int) Math.ceil((double) CASES / templateCases) - 1;
            long started = System.nanoTime();
            new HistoryCopier(jdbc, context.getBean(TransactionTemplate.class)).copy(TABLES, copies, SPREAD);
            long loadSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            if (database.equals("postgres")) {
                jdbc.execute("analyze");
            }
            Map<String, Long> sizes = new LinkedHashMap<>();
            sizes.put("closed after-sales cases", count(jdbc,
                    "select count(*) from ACT_HI_PROCINST where END_TIME_ is not null and PROC_DEF_KEY_ = ?", AfterSalesCase.PROCESS_KEY));
            sizes.put("open after-sales cases", count(jdbc,
                    "select count(*) from ACT_HI_PROCINST where END_TIME_ is null and PROC_DEF_KEY_ = ?", AfterSalesCase.PROCESS_KEY));
            for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_VARINST", "refund_ledger", "penalty", "review_case")) {
                sizes.put(table + " rows", count(jdbc, "select count(*) from " + table));
            }
            String report = measure(context, scenario.now(), database, sizes, loadSeconds);
            Path file = Path.of("target", "bench", "kpi-queries-" + database + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println(report);
        } finally {
            ClockUtil.reset();
            context.close();
            if (database.equals("postgres")) {
                admin("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static String measure(ConfigurableApplicationContext context, Instant now, String database,
                                  Map<String, Long> sizes, long loadSeconds) {
        Kpis kpis = context.getBean(KpiQueryService.class).kpis();
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).latestVersion().singleResult().getId();
        ZoneId zone = ZoneId.systemDefault();
        StringBuilder out = new StringBuilder();
        out.append("Database: ").append(database).append(", loaded in ").append(loadSeconds).append(" s\n\n");
        sizes.forEach((what, count) -> out.append("- ").append(what).append(": ").append(count).append('\n'));
        out.append("\n| query | period | median ms | max ms | rows |\n|---|---|---:|---:|---:|\n");
        List<String> statements = List.of("selectOpenCasesByStep", "selectPastDeadline", "selectClosedCases",
                "selectClosedCasesByVariable", "selectOpenCasesByVariable", "selectTimeToClose", "selectSatisfaction",
                "selectBreaches", "selectRefundsPaid", "selectRefundIncidents", "selectPenalties", "selectReviews");
        for (Period period : List.of(Period.TODAY, Period.DAYS_30)) {
            KpiQuery query = kpis.query(null, period.startBefore(now, zone), now);
            for (String statement : statements) {
                KpiQuery about = switch (statement) {
                    case "selectClosedCases" -> query.about(AfterSalesCase.Var.OUTCOME.name(), AfterSalesCase.Var.RESOLUTION.name());
                    case "selectTimeToClose" -> query.about(AfterSalesCase.Var.ISSUE_TYPE.name(), null);
                    case "selectSatisfaction" -> query.about(AfterSalesCase.Var.SATISFIED.name(), AfterSalesCase.Var.SATISFACTION_SCORE.name());
                    case "selectClosedCasesByVariable", "selectOpenCasesByVariable", "selectBreaches" ->
                            query.about(AfterSalesCase.Var.CASE_AGENT.name(), null);
                    default -> query;
                };
                row(out, statement, period.code(), () -> kpis.rows(statement, about).size());
            }
        }
        row(out, "selectWaitingPastDeadline (diagram)", "now", () -> kpis.waitingPastDeadline(definitionId, now).size());
        for (Period period : Period.values()) {
            row(out, "whole dashboard report", period.code(), () -> kpis.report(period, null, now, zone).agents().size());
        }
        row(out, "whole definition-tab report", "30d", () -> kpis.report(Period.DAYS_30, definitionId, now, zone).agents().size());
        return out.toString();
    }

    private static void row(StringBuilder out, String what, String period, Supplier<Integer> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] millis = new long[5];
        int rows = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            rows = query.get();
            millis[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
        Arrays.sort(millis);
        out.append("| ").append(what).append(" | ").append(period).append(" | ").append(millis[2]).append(" | ")
                .append(millis[4]).append(" | ").append(rows).append(" |\n");
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
