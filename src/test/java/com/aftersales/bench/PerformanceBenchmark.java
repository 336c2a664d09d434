package com.aftersales.bench;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.support.Fixtures;
import com.aftersales.support.HistoryCopier;
import com.aftersales.support.Http;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The performance benchmark of issues 9 and 22: not part of `mvn verify` (tag {@code bench}); run it with
 * `mvn -Pbench verify`. Plain Java timing: warm-up rounds until the rates have settled (shown in the notes with
 * the JIT's compilation time), then repeated rounds; each figure is the median over rounds with the spread
 * beside it; the application and its baseline run in the same rounds with the same driver work. Sizes and databases are system properties (see
 * docs/PERFORMANCE.md); the table goes to docs/PERFORMANCE.md. It asserts nothing about time.
 */
@Tag("bench")
class PerformanceBenchmark {

    private static final String SETTINGS = System.getProperty("bench.args", "").trim();
    private static final List<String> DATABASES = list("bench.databases", "h2,postgres");
    private static final List<String> PARTS = list("bench.parts", "1,2,3,4,5,6,7");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int CASES_PER_ROUND = Integer.getInteger("bench.cases", 10);
    private static final int REST_REQUESTS = Integer.getInteger("bench.rest.requests", 32);
    private static final int HTTP_CASES = Integer.getInteger("bench.http.cases", 8);
    private static final List<Integer> GROWTH = list("bench.growth", "1000,100000").stream().map(Integer::valueOf).toList();
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    /**
     * Which tables the history copier fills for (5). By default the case's own history rows and case-file row
     * (about a third of its rows), so that 100,000 cases are copied within the run's budget; the rest
     * (ACT_HI_DETAIL, _DECINST, _DEC_IN, _DEC_OUT, _IDENTITYLINK, _JOB_LOG, outbox_message, refund_ledger) can be added.
     */
    private static final List<String> GROWTH_TABLES = list("bench.growth.tables",
            "ACT_HI_PROCINST,ACT_HI_ACTINST,ACT_HI_VARINST,ACT_HI_TASKINST,after_sales_case");
    private static final long IDLE_MILLIS = 5_000;
    private static final int THREAD_CASES = Integer.getInteger("bench.threads.cases", 24);
    private static final int WARMUP_MIN = Integer.getInteger("bench.warmup.min", 3);
    private static final int WARMUP_MAX = Integer.getInteger("bench.warmup.max", 15);
    private static final double WARMUP_TOLERANCE = Double.parseDouble(System.getProperty("bench.warmup.tolerance", "0.05"));
    private static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int TASKLIST_CALLS = Integer.getInteger("bench.tasklist.calls", 20);
    private static final boolean TWO_NODES = Boolean.parseBoolean(System.getProperty("bench.twoNodes", "true"));

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> settingsArgs() {
        return SETTINGS.isEmpty() ? List.of() : Arrays.asList(SETTINGS.split("\\s+"));
    }

    @Test
    void measure() throws Exception {
        List<Report.Section> sections = new ArrayList<>();
        for (String database : DATABASES) {
            Report.Section section;
            try (BenchDatabase db = "postgres".equals(database) ? BenchDatabase.postgres() : BenchDatabase.h2()) {
                section = new Report.Section(db.name());
                measureOn(db, section);
            } catch (java.sql.SQLException e) {
                section = new Report.Section(database);
                section.notes.add("not measured: no PostgreSQL database could be created (" + e.getMessage() + ")");
            }
            sections.add(section);
        }
        Report.write(Report.render(sections, SETTINGS));
    }

    private void measureOn(BenchDatabase db, Report.Section section) throws Exception {
        section.settings.put("machine load at start (1, 5, 15 min)", Report.load());
        try (BenchNode node = BenchNode.start(db, true, settingsArgs())) {
            describe(node, section);
            node.engine().getRepositoryService().createDeployment().name("bench")
                    .addClasspathResource("bench/baseline-case.bpmn").addClasspathResource("bench/follow-up-timers.bpmn")
                    .deploy();
            section.figures.add(new Figure("6. start-up to ready (this JVM, " + (db.name().startsWith("H2") ? "first" : "later")
                    + " start)", "s", Stats.of(List.of(node.startMillis / 1000.0)), 15.0, false,
                    "one start; Spring context incl. engine, schema and deployment"));

            JavaApiCases cases = new JavaApiCases(node);
            Lookups lookups = new Lookups();
            if (PARTS.contains("1")) {
                try (JfrProfile profile = JfrProfile.of("1. one driver thread", section)) {
                    overhead(node, cases, node, section, "1.", 1, CASES_PER_ROUND, WARMUP_MIN, 0.75);
                }
                try (JfrProfile profile = JfrProfile.of("1. " + THREADS + " driver threads", section)) {
                    overhead(node, cases, node, section, "1.", THREADS, THREAD_CASES, 2, 0.75);
                }
            }
            if (PARTS.contains("2")) {
                try (JfrProfile profile = JfrProfile.of("2. REST", section)) {
                    rest(node, cases, section, lookups);
                }
            }
            if (PARTS.contains("7")) {
                stock(db, node, cases, section);
            }
            if (PARTS.contains("5")) {
                try (JfrProfile profile = JfrProfile.of("5. growth", section)) {
                    growth(node, cases, section);
                }
            }
            if (PARTS.contains("6")) {
                heap(node, section);
            }
            if (PARTS.contains("3") || PARTS.contains("4")) {
                try (JfrProfile profile = JfrProfile.of("3./4. open work at scale", section)) {
                    deadlinesAndTasklist(db, node, cases, section, lookups);
                }
            }
        }
        section.settings.put("machine load at end (1, 5, 15 min)", Report.load());
    }

    private static void describe(BenchNode node, Report.Section section) {
        Environment env = node.context.getEnvironment();
        ProcessEngine engine = node.engine();
        JobExecutor jobs = node.configuration().getJobExecutor();
        DataSource dataSource = node.bean(DataSource.class);
        section.settings.put("engine", "Camunda " + ProcessEngine.class.getPackage().getImplementationVersion()
                + ", history level `" + node.configuration().getHistoryLevel().getName() + "`, authorization "
                + (node.configuration().isAuthorizationEnabled() ? "on" : "off") + ", JDBC batch processing "
                + (node.configuration().isJdbcBatchProcessing() ? "on" : "off"));
        section.settings.put("job executor", "%s, threads %s–%s, queue %s, %d jobs per acquisition, wait %d ms, lock %d ms"
                .formatted(jobs != null && jobs.isActive() ? "active" : "inactive",
                        env.getProperty("camunda.bpm.job-execution.core-pool-size", "3"),
                        env.getProperty("camunda.bpm.job-execution.max-pool-size", "10"),
                        env.getProperty("camunda.bpm.job-execution.queue-capacity", "3"),
                        jobs == null ? 0 : jobs.getMaxJobsPerAcquisition(), jobs == null ? 0 : jobs.getWaitTimeInMillis(),
                        jobs == null ? 0 : jobs.getLockTimeInMillis()));
        HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class);
        section.settings.put("connection pool", hikari != null ? "Hikari, max " + hikari.getMaximumPoolSize()
                : dataSource.getClass().getSimpleName());
        if (hikari != null) {
            section.settings.put("JDBC URL", "`" + hikari.getJdbcUrl() + "`");
        }
        section.settings.put("engine name", engine.getName());
        SqlCounter.Count before = node.sql.now();
        long start = System.nanoTime();
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SqlCounter.Count idle = node.sql.now().minus(before);
        double seconds = (System.nanoTime() - start) / 1e9;
        section.settings.put("SQL while idle (pollers, job acquisition; counted in every figure of statements)",
                "%s statements/s, %s commits/s".formatted(Figure.format(idle.statements() / seconds),
                        Figure.format(idle.commits() / seconds)));
    }

    /** What one round of (1) measured: rates and, per path, SQL and cases. */
    private record Round(double app, double baseline, SqlCounter.Count appSql, SqlCounter.Count baselineSql, int cases) {
        double ratio() {
            return app / baseline;
        }
    }

    /**
     * 1. the application's cases against the bare baseline (on {@code baselineNode}: this node, or a stock engine),
     * measured in the same rounds with the same driver work. One thread: case by case, alternating which path goes
     * first; more threads: the two paths' batches one after the other, the order swapped each round. Warm-up
     * rounds run until both rates change by less than bench.warmup.tolerance from one round to the next.
     * Returns the application's rates of the counted rounds.
     */
    private List<Double> overhead(BenchNode node, JavaApiCases cases, BenchNode baselineNode, Report.Section section,
                                  String label, int threads, int count, int minimumWarmUp, Double ratioGoal) {
        String drivers = threads == 1 ? "one driver thread" : threads + " driver threads";
        String stock = baselineNode == node ? "" : " on a stock engine";
        warmUp(section, label + " " + drivers + stock, minimumWarmUp, turn -> {
            Round round = round(node, cases, baselineNode, threads, count, turn);
            return new double[] {round.app(), round.baseline()};
        });
        List<Double> app = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Double> compileMillis = new ArrayList<>();
        SqlCounter.Count appSql = new SqlCounter.Count(0, 0);
        SqlCounter.Count baselineSql = new SqlCounter.Count(0, 0);
        int measured = 0;
        for (int turn = 0; turn < ROUNDS; turn++) {
            long compiled = compileMillis();
            Round round = round(node, cases, baselineNode, threads, count, turn);
            compileMillis.add((double) (compileMillis() - compiled));
            app.add(round.app());
            baseline.add(round.baseline());
            ratio.add(round.ratio());
            appSql = appSql.plus(round.appSql());
            baselineSql = baselineSql.plus(round.baselineSql());
            measured += round.cases();
        }
        section.figures.add(new Figure(label + " application cases/s (Java API, " + drivers + ")", "cases/s",
                Stats.of(app), null, true, count + " exchange cases a round, all seven steps"));
        section.figures.add(new Figure(label + " baseline cases/s" + stock + " (same wait states, no application code, "
                + drivers + ")", "cases/s", Stats.of(baseline), null, true, count + " a round, same driver work"));
        section.figures.add(new Figure(label + " ratio application / baseline" + stock + ", " + drivers, "",
                Stats.of(ratio), ratioGoal, true, "per round"));
        if (threads == 1 && label.equals("1.") && stock.isEmpty()) {
            double appStatements = (double) appSql.statements() / measured;
            double baselineStatements = (double) baselineSql.statements() / measured;
            section.figures.add(new Figure("1. SQL statements per application case", "statements",
                    Stats.of(List.of(appStatements)), null, false, "executes + batch entries, all threads; "
                    + Figure.format((double) appSql.commits() / measured) + " commits per case"));
            section.figures.add(new Figure("1. SQL statements per baseline case", "statements",
                    Stats.of(List.of(baselineStatements)), null, false,
                    Figure.format((double) baselineSql.commits() / measured) + " commits per case"));
            section.figures.add(new Figure("1. SQL statements per case, application / baseline", "",
                    Stats.of(List.of(appStatements / baselineStatements)), 1.25, false, measured + " cases each"));
        }
        section.figures.add(new Figure(label + " JIT compilation during a counted round, " + drivers + stock, "ms",
                Stats.of(compileMillis), null, false, "CompilationMXBean; near 0 = the JIT has settled"));
        return app;
    }

    private Round round(BenchNode node, JavaApiCases cases, BenchNode baselineNode, int threads, int count, int turn) {
        List<Fixtures.Order> orders = cases.orders(count);
        ProcessEngine baselineEngine = baselineNode.engine();
        long appNanos = 0;
        long baselineNanos = 0;
        SqlCounter.Count appSql = new SqlCounter.Count(0, 0);
        SqlCounter.Count baselineSql = new SqlCounter.Count(0, 0);
        if (threads == 1) {
            for (int i = 0; i < count; i++) {
                Fixtures.Order order = orders.get(i);
                for (boolean application : (i + turn) % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    BenchNode counted = application ? node : baselineNode;
                    SqlCounter.Count before = counted.sql.now();
                    long start = System.nanoTime();
                    if (application) {
                        cases.applicationCase(order);
                        appNanos += System.nanoTime() - start;
                        appSql = appSql.plus(counted.sql.now().minus(before));
                    } else {
                        JavaApiCases.baselineCase(baselineEngine);
                        baselineNanos += System.nanoTime() - start;
                        baselineSql = baselineSql.plus(counted.sql.now().minus(before));
                    }
                }
            }
        } else {
            List<Integer> slots = java.util.stream.IntStream.range(0, count).boxed().toList();
            for (boolean application : turn % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                long start = System.nanoTime();
                if (application) {
                    parallel(threads, orders, cases::applicationCase);
                    appNanos = System.nanoTime() - start;
                } else {
                    parallel(threads, slots, ignored -> JavaApiCases.baselineCase(baselineEngine));
                    baselineNanos = System.nanoTime() - start;
                }
            }
        }
        return new Round(count / (appNanos / 1e9), count / (baselineNanos / 1e9), appSql, baselineSql, count);
    }

    /**
     * Runs warm-up rounds until every rate the round returns changed by less than the tolerance from the round
     * before (at least {@code minimum} rounds, at most bench.warmup.max), and notes the rates and the JIT's
     * compilation time of each, so that the table shows the JIT had settled.
     */
    private static void warmUp(Report.Section section, String what, int minimum, java.util.function.IntFunction<double[]> round) {
        List<double[]> rates = new ArrayList<>();
        List<Long> compiled = new ArrayList<>();
        boolean settled = false;
        for (int turn = 0; turn < WARMUP_MAX && !(settled && turn >= minimum); turn++) {
            long before = compileMillis();
            double[] rate = round.apply(turn);
            compiled.add(compileMillis() - before);
            if (!rates.isEmpty()) {
                double[] last = rates.get(rates.size() - 1);
                settled = true;
                for (int i = 0; i < rate.length; i++) {
                    settled &= Math.abs(rate[i] / last[i] - 1) < WARMUP_TOLERANCE;
                }
            }
            rates.add(rate);
        }
        StringBuilder note = new StringBuilder("warm-up of " + what + ": " + rates.size() + " rounds, "
                + (settled ? "settled (last change < " + Math.round(WARMUP_TOLERANCE * 100) + " %)"
                        : "**not settled** within bench.warmup.max") + "; rates per round");
        for (double[] rate : rates) {
            note.append(rate == rates.get(0) ? " " : " → ").append(java.util.Arrays.stream(rate).mapToObj(Figure::format)
                    .collect(java.util.stream.Collectors.joining("/")));
        }
        note.append("; JIT compilation ms per round ").append(compiled.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(" → ")));
        section.notes.add(note.toString());
    }

    private static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double rate(int count, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** The task lookup over HTTP with no open cases, measured in (2) and compared in (3). */
    private static final class Lookups {
        Double p50WithNone;
        long openWithNone;
    }

    // 2. whole cases over HTTP against the Java API at 8 clients each; POST /api/cases latency at 1, 8 and 32 clients
    private void rest(BenchNode node, JavaApiCases cases, Report.Section section, Lookups lookups) throws Exception {
        HttpCases http = new HttpCases(node.port());
        wholeCasesOverHttp(node, cases, http, section, lookups);
        for (int clients : List.of(1, 8, 32)) {
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            int requests = Math.max(REST_REQUESTS, clients * 4);
            for (int round = -1; round < ROUNDS; round++) {
                List<Fixtures.Order> orders = cases.orders(requests);
                List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
                parallel(clients, orders, order -> {
                    long start = System.nanoTime();
                    http.openCase(order);
                    latencies.add((System.nanoTime() - start) / 1e6);
                });
                if (round >= 0) {
                    Stats stats = Stats.of(latencies);
                    p50.add(stats.percentile(50));
                    p99.add(stats.percentile(99));
                }
            }
            section.figures.add(new Figure("2. POST /api/cases p50, " + clients + " client" + (clients > 1 ? "s" : ""), "ms",
                    Stats.of(p50), null, false, requests + " requests a round"));
            section.figures.add(new Figure("2. POST /api/cases p99, " + clients + " client" + (clients > 1 ? "s" : ""), "ms",
                    Stats.of(p99), clients == 8 ? 100.0 : null, false, requests + " requests a round"));
        }
        if (http.retries() > 0) {
            section.notes.add("2. " + http.retries() + " answers 503 (no database connection within the pool's timeout) "
                    + "retried after 200 ms; the latency includes the retry");
        }
    }

    /**
     * Whole cases over HTTP with 8 clients and whole cases through the Java API with 8 threads, in the same
     * rounds (order swapped each round): rates and their ratio; HTTP calls, statements and commits per case; the
     * task lookups' latency with (nearly) no other open cases, kept for (3).
     */
    private void wholeCasesOverHttp(BenchNode node, JavaApiCases cases, HttpCases http, Report.Section section,
                                    Lookups lookups) {
        int clients = 8;
        warmUp(section, "2. whole cases over HTTP / Java API", 2, turn -> {
            double[] rates = httpAndJavaRound(node, cases, http, clients, turn, null);
            http.takeLookups();
            return rates;
        });
        List<Double> overHttp = new ArrayList<>();
        List<Double> overJava = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Double> lookupP50 = new ArrayList<>();
        long[] totals = new long[3]; // calls, statements, commits over HTTP
        long open = openAgentTasks(node);
        for (int turn = 0; turn < ROUNDS; turn++) {
            double[] rates = httpAndJavaRound(node, cases, http, clients, turn, totals);
            overHttp.add(rates[0]);
            overJava.add(rates[1]);
            ratio.add(rates[0] / rates[1]);
            lookupP50.add(Stats.of(http.takeLookups()).percentile(50));
        }
        int measured = HTTP_CASES * ROUNDS;
        section.figures.add(new Figure("2. whole cases/s over HTTP, " + clients + " clients", "cases/s", Stats.of(overHttp),
                20.0, true, HTTP_CASES + " cases a round (domain API + engine REST, Basic auth)"));
        section.figures.add(new Figure("2. whole cases/s over the Java API, " + clients + " threads", "cases/s",
                Stats.of(overJava), null, true, "same rounds, same number of cases"));
        section.figures.add(new Figure("2. whole cases/s over HTTP / over the Java API, " + clients + " each", "",
                Stats.of(ratio), 0.6, true, "per round"));
        section.figures.add(new Figure("2. HTTP calls per whole case", "calls", Stats.of(List.of((double) totals[0] / measured)),
                null, false, measured + " cases"));
        section.figures.add(new Figure("2. SQL statements per whole case over HTTP", "statements",
                Stats.of(List.of((double) totals[1] / measured)), 600.0, false,
                Figure.format((double) totals[2] / measured) + " commits per case; all threads of the node"));
        lookups.p50WithNone = Stats.of(lookupP50).median();
        lookups.openWithNone = open;
        section.figures.add(new Figure("2. task lookup over HTTP, p50, " + open + " open agents' tasks",
                "ms", Stats.of(lookupP50), null, false, lookupPath() + " while " + clients + " clients run whole cases"));
    }

    /** One round of each; {@code totals} (calls, statements, commits of the HTTP part) added to when given. */
    private double[] httpAndJavaRound(BenchNode node, JavaApiCases cases, HttpCases http, int clients, int turn,
                                      long[] totals) {
        double overHttp = 0;
        double overJava = 0;
        for (boolean httpFirst : turn % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
            List<Fixtures.Order> orders = cases.orders(HTTP_CASES);
            if (httpFirst) {
                long calls = http.calls();
                SqlCounter.Count before = node.sql.now();
                overHttp = rate(HTTP_CASES, () -> parallel(clients, orders, http::wholeCase));
                if (totals != null) {
                    SqlCounter.Count used = node.sql.now().minus(before);
                    totals[0] += http.calls() - calls;
                    totals[1] += used.statements();
                    totals[2] += used.commits();
                }
            } else {
                overJava = rate(HTTP_CASES, () -> parallel(clients, orders, cases::applicationCase));
            }
        }
        return new double[] {overHttp, overJava};
    }

    private static String lookupPath() {
        return "engine".equals(HttpCases.LOOKUP) ? "GET /engine-rest/task?processInstanceBusinessKey="
                : "GET /api/cases/{caseId}/tasks";
    }

    private static long openAgentTasks(BenchNode node) {
        return node.engine().getTaskService().createTaskQuery().taskCandidateGroup("after-sales-agents").count();
    }

    /** 3. the task lookup over HTTP while whole cases run, now that bench.tasks agents' tasks are open. */
    private void lookupsAtScale(BenchNode node, JavaApiCases cases, Report.Section section, Lookups lookups) {
        HttpCases http = new HttpCases(node.port());
        long open = openAgentTasks(node);
        List<Double> lookupP50 = new ArrayList<>();
        for (int turn = -1; turn < Math.min(ROUNDS, 3); turn++) {
            List<Fixtures.Order> orders = cases.orders(HTTP_CASES);
            parallel(8, orders, http::wholeCase);
            List<Double> taken = http.takeLookups();
            if (turn >= 0) {
                lookupP50.add(Stats.of(taken).percentile(50));
            }
        }
        section.figures.add(new Figure("3. task lookup over HTTP, p50, " + open + " open agents' tasks",
                "ms", Stats.of(lookupP50), null, false, lookupPath() + ", as in 2., 8 clients running whole cases"));
        if (lookups.p50WithNone != null) {
            section.figures.add(new Figure("3. task lookup with " + open + " / with " + lookups.openWithNone
                    + " open agents' tasks", "", Stats.of(lookupP50.stream().map(p -> p / lookups.p50WithNone).toList()),
                    2.0, false, "per round, against the median of 2."));
        }
    }

    // 7. the tuned application against the baseline on a stock-configured engine (its own database)
    private void stock(BenchDatabase db, BenchNode node, JavaApiCases cases, Report.Section section) throws Exception {
        try (BenchDatabase stockDb = db.another(); BenchNode stock = BenchNode.stock(stockDb)) {
            stock.engine().getRepositoryService().createDeployment().name("bench-stock")
                    .addClasspathResource("bench/baseline-case.bpmn").deploy();
            section.settings.put("stock engine (7.)", "Camunda Spring Boot starter defaults: history level `"
                    + stock.configuration().getHistoryLevel().getName() + "`, authorization "
                    + (stock.configuration().isAuthorizationEnabled() ? "on" : "off") + ", id generator "
                    + stock.configuration().getIdGenerator().getClass().getSimpleName() + ", database "
                    + stockDb.name() + " of its own without the application's URL options");
            try (JfrProfile profile = JfrProfile.of("7. against a stock engine", section)) {
                overhead(node, cases, stock, section, "7.", 1, CASES_PER_ROUND, 2, 1.0);
            }
        } catch (RuntimeException e) {
            section.notes.add("7. not measured: the stock engine did not run (" + e + ")");
        }
    }

    /** Runs the work for each item on {@code threads} threads; any failure fails the benchmark. */
    private static <T> void parallel(int threads, List<T> items, Consumer<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.accept(item)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real closed cases (not copies) whose history the copier multiplies. */
    private static final String REAL_CLOSED = "select ID_ from ACT_HI_PROCINST where END_TIME_ is not null and PROC_DEF_KEY_ = '"
            + AfterSalesCase.PROCESS_KEY + "' and ID_ not like '%~%'";
    private static final String REAL_CLOSED_KEYS = REAL_CLOSED.replace("select ID_", "select BUSINESS_KEY_");

    /** The history of a finished case and the application's rows of it: what the copier adds for (5). */
    private static List<HistoryCopier.Table> historyTables() {
        Set<String> ids = HistoryCopier.HISTORY_IDS;
        List<HistoryCopier.Table> tables = new ArrayList<>();
        tables.add(new HistoryCopier.Table("ACT_HI_PROCINST", "ID_ in (" + REAL_CLOSED + ")", ids, Set.of(), Set.of()));
        for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_VARINST", "ACT_HI_TASKINST", "ACT_HI_DETAIL", "ACT_HI_DECINST")) {
            tables.add(new HistoryCopier.Table(table, "PROC_INST_ID_ in (" + REAL_CLOSED + ")", ids, Set.of(), Set.of()));
        }
        String decisions = "select ID_ from ACT_HI_DECINST where PROC_INST_ID_ in (" + REAL_CLOSED + ")";
        for (String table : List.of("ACT_HI_DEC_IN", "ACT_HI_DEC_OUT")) {
            tables.add(new HistoryCopier.Table(table, "DEC_INST_ID_ in (" + decisions + ")", ids, Set.of(), Set.of()));
        }
        tables.add(new HistoryCopier.Table("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_ in (" + REAL_CLOSED + ")", ids,
                Set.of(), Set.of()));
        tables.add(new HistoryCopier.Table("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_ in (" + REAL_CLOSED + ")", ids,
                Set.of(), Set.of()));
        tables.add(new HistoryCopier.Table("after_sales_case", "case_id in (" + REAL_CLOSED_KEYS + ")",
                Set.of("CASE_ID", "PROCESS_INSTANCE_ID"), Set.of("IDEMPOTENCY_KEY"), Set.of()));
        tables.add(new HistoryCopier.Table("outbox_message", "case_id in (" + REAL_CLOSED_KEYS + ")", Set.of("CASE_ID"),
                Set.of(), Set.of("ID")));
        tables.add(new HistoryCopier.Table("refund_ledger", "case_id in (" + REAL_CLOSED_KEYS + ")", Set.of("CASE_ID"),
                Set.of("IDEMPOTENCY_KEY", "REQUEST_NO"), Set.of("ID")));
        return tables.stream().filter(table -> GROWTH_TABLES.stream().anyMatch(table.name()::equalsIgnoreCase)).toList();
    }

    // 5. throughput of (1) at each number of historic cases, history beyond the real cases made by the copier
    private void growth(BenchNode node, JavaApiCases cases, Report.Section section) {
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        HistoryCopier copier = new HistoryCopier(jdbc, node.bean(TransactionTemplate.class));
        List<Double> first = null;
        long firstCount = 0;
        for (int level : GROWTH) {
            long historic = historicCases(node);
            if (historic < level) {
                long templates = jdbc.queryForObject("select count(*) from (" + REAL_CLOSED + ") t", Long.class);
                if (templates == 0) {
                    List<Fixtures.Order> orders = cases.orders(CASES_PER_ROUND);
                    orders.forEach(cases::applicationCase);
                    templates = CASES_PER_ROUND;
                }
                int copies = (int) Math.ceil((double) (level - historicCases(node)) / templates);
                long start = System.nanoTime();
                long rows = historyRows(jdbc);
                copier.copy(historyTables(), copies, Duration.ofDays(180));
                double seconds = (System.nanoTime() - start) / 1e9;
                long added = historyRows(jdbc) - rows;
                section.notes.add("5. history copied to reach " + level + " cases: " + copies + " copies of " + templates
                        + " real cases, " + added + " rows in " + Math.round(seconds) + " s (" + Math.round(added / seconds)
                        + " rows/s; tables: bench.growth.tables)");
                refreshStatistics(node, section);
            }
            long count = historicCases(node);
            Report.Section scratch = new Report.Section("");
            List<Double> rate = overhead(node, cases, node, scratch, "5.", 1, CASES_PER_ROUND, 1, null);
            section.notes.addAll(scratch.notes);
            section.figures.add(new Figure("5. application cases/s with " + count + " historic cases", "cases/s",
                    Stats.of(rate), null, true, "as in 1.; cases = after-sales-case instances in history"));
            section.figures.add(scratch.figures.stream().filter(f -> f.name().startsWith("5. ratio")).findFirst()
                    .map(f -> new Figure("5. ratio application / baseline with " + count + " historic cases", "",
                            f.rounds(), null, true, "per round")).orElseThrow());
            if (first == null) {
                first = rate;
                firstCount = count;
            } else {
                double change = Stats.of(rate).median() / Stats.of(first).median();
                section.figures.add(new Figure("5. throughput with " + count + " vs " + firstCount + " historic cases",
                        "", Stats.of(List.of(change)), 0.9, true, "ratio of medians; the goal is for 100,000 vs 1,000"));
            }
        }
    }

    private static long historyRows(JdbcTemplate jdbc) {
        long rows = 0;
        for (HistoryCopier.Table table : historyTables()) {
            rows += jdbc.queryForObject("select count(*) from " + table.name(), Long.class);
        }
        return rows;
    }

    /**
     * After a set-up that filled tables in seconds, PostgreSQL's planner statistics are brought up to date, as
     * autovacuum does within a minute in a production database. Without it the planner takes 10,000 tasks for
     * a handful and joins them row by row with the authorization rows (seconds instead of milliseconds).
     */
    private static void refreshStatistics(BenchNode node, Report.Section section) {
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        if (DbSqlSessionFactory.POSTGRES.equals(node.configuration().getDatabaseType())) {
            jdbc.execute("analyze");
            String note = "PostgreSQL statistics refreshed by `analyze` after each set-up (autovacuum on this server: "
                    + jdbc.queryForObject("show autovacuum", String.class) + ")";
            if (!section.notes.contains(note)) {
                section.notes.add(note);
            }
        }
    }

    private static long historicCases(BenchNode node) {
        return node.engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).finished().count();
    }

    // 6. heap in use after a full collection, with the number of cases run so far
    private static void heap(BenchNode node, Report.Section section) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        double usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
        section.figures.add(new Figure("6. heap used after GC, " + historicCases(node) + " cases run", "MiB",
                Stats.of(List.of(usedMb)), null, false, "whole test JVM (Maven's test JVM, the node, the clients)"));
    }

    // 4. timers coming due at once, drained by one node (and two); 3. the agents' first page at that many open tasks
    private void deadlinesAndTasklist(BenchDatabase db, BenchNode node, JavaApiCases cases, Report.Section section,
                                      Lookups lookups) throws Exception {
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        if (lookups.p50WithNone == null) {
            wholeCasesOverHttp(node, cases, new HttpCases(node.port()), new Report.Section(""), lookups);
        }
        double created = startFollowUps(node, OPEN_TASKS);
        section.figures.add(new Figure("4. follow-up instances started/s (set-up, 2 threads)", "inst/s",
                Stats.of(List.of(created)), null, true, OPEN_TASKS + " instances"));
        section.figures.add(new Figure("4. timer jobs drained/s, one node", "jobs/s",
                Stats.of(List.of(drain(jdbc, List.of(node)))), 200.0, true, OPEN_TASKS + " timers due at once"));
        if (PARTS.contains("3")) {
            refreshStatistics(node, section);
            tasklist(node, section);
            lookupsAtScale(node, cases, section, lookups);
        }
        if (TWO_NODES && PARTS.contains("4") && !db.name().startsWith("H2")) {
            startFollowUps(node, OPEN_TASKS);
            try (BenchNode second = BenchNode.start(db, false, settingsArgs())) {
                double two = drain(jdbc, List.of(node, second));
                section.figures.add(new Figure("4. timer jobs drained/s, two nodes (one JVM, same 2 cores)", "jobs/s",
                        Stats.of(List.of(two)), null, true, OPEN_TASKS + " timers due at once"));
            } catch (RuntimeException e) {
                section.notes.add("two nodes not measured: " + e);
            }
        }
    }

    private static double startFollowUps(BenchNode node, int count) {
        AtomicInteger next = new AtomicInteger();
        List<Integer> slots = new ArrayList<>(Collections.nCopies(2, 0));
        return rate(count, () -> parallel(2, slots, ignored -> {
            while (next.getAndIncrement() < count) {
                node.engine().getRuntimeService().startProcessInstanceByKey("bench-follow-up");
            }
        }));
    }

    /** Makes every follow-up timer due now, wakes the job executors and waits until all have run. */
    private static double drain(JdbcTemplate jdbc, List<BenchNode> nodes) throws InterruptedException {
        String count = "select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'bench-follow-up'";
        long total = jdbc.queryForObject(count, Long.class);
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ = 'bench-follow-up'",
                new Timestamp(System.currentTimeMillis() - 1000));
        long start = System.nanoTime();
        nodes.forEach(n -> n.configuration().getJobExecutor().jobWasAdded());
        long deadline = start + 1_800_000_000_000L;
        while (jdbc.queryForObject(count, Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timers not drained in 30 minutes");
            }
            Thread.sleep(50);
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private void tasklist(BenchNode node, Report.Section section) {
        Http http = new Http(node.port());
        String filterId = node.engine().getFilterService().createFilterQuery().filterName("Team queue 团队待办")
                .singleResult().getId();
        long open = node.engine().getTaskService().createTaskQuery().taskCandidateGroup("after-sales-agents").count();
        // the order this application's Tasklist asks for (webjars/camunda/app/tasklist/scripts/task-order.js)
        String sorting = "\"sorting\":[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},"
                + "{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]";
        String firstPage = "?firstResult=0&maxResults=15";
        Stats page = p95s(http, "agent1", "/engine-rest/filter/" + filterId + "/list" + firstPage, "{" + sorting + "}",
                true);
        Stats count = p95s(http, "agent1", "/engine-rest/filter/" + filterId + "/count", "{" + sorting + "}", false);
        // the Team queue's own query, asked directly: the same tasks for agent1 (authorization checked) and for
        // admin (camunda-admin: Camunda 7.24 checks its queries too, but through its few '*' grants instead of a
        // row per task), so the ratio is the cost of the per-task authorization rows
        String teamQueue = "{\"candidateGroup\":\"after-sales-agents\",\"unassigned\":true," + sorting + "}";
        Stats asAgent = p95s(http, "agent1", "/engine-rest/task" + firstPage, teamQueue, true);
        Stats asAdmin = p95s(http, "admin", "/engine-rest/task" + firstPage, teamQueue, true);
        section.figures.add(new Figure("3. Tasklist first page (15) of Team queue as agent1, p95", "ms", page, 30.0,
                false, open + " open agents' tasks; engine REST, authorization on, " + TASKLIST_CALLS + " calls a round"));
        section.figures.add(new Figure("3. the same filter's count, p95", "ms", count, null, false,
                "Tasklist asks it beside the page"));
        section.figures.add(new Figure("3. the Team queue's first page as a task query, agent1, p95", "ms", asAgent,
                null, false, "authorization checked"));
        section.figures.add(new Figure("3. the same page for admin, p95", "ms", asAdmin, null, false,
                "camunda-admin: checked through its '*' grants, no per-task rows"));
        section.figures.add(new Figure("3. first page, authorization on / admin", "", Stats.of(List.of(
                asAgent.median() / asAdmin.median())), 2.0, false, "ratio of the medians of the p95s"));
    }

    /** The p95 of {@code TASKLIST_CALLS} calls per round, after one round not counted. */
    private static Stats p95s(Http http, String user, String path, String body, boolean expectsList) {
        List<Double> p95 = new ArrayList<>();
        for (int round = -1; round < Math.min(ROUNDS, 3); round++) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < TASKLIST_CALLS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = http.postJson(path, user, body);
                times.add((System.nanoTime() - start) / 1e6);
                if (answer.statusCode() != 200 || (expectsList && !answer.body().startsWith("[{"))) {
                    throw new IllegalStateException(path + " as " + user + ": " + answer.statusCode() + " "
                            + answer.body());
                }
            }
            if (round >= 0) {
                p95.add(Stats.of(times).percentile(95));
            }
        }
        return Stats.of(p95);
    }
}
