package com.aftersales.bench;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The performance benchmark of issue 9: not part of `mvn verify` (tag {@code bench}); run it with
 * `mvn -Pbench verify`. Plain Java timing: a warm-up, then repeated rounds; each figure is the median
 * over rounds with the spread beside it. Sizes and databases are system properties (see
 * docs/PERFORMANCE.md); the table goes to docs/PERFORMANCE.md. It asserts nothing about time.
 */
@Tag("bench")
class PerformanceBenchmark {

    private static final String SETTINGS = System.getProperty("bench.args", "").trim();
    private static final List<String> DATABASES = list("bench.databases", "h2,postgres");
    private static final List<String> PARTS = list("bench.parts", "1,2,3,4,5,6");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int CASES_PER_ROUND = Integer.getInteger("bench.cases", 10);
    private static final int REST_REQUESTS = Integer.getInteger("bench.rest.requests", 32);
    private static final int HTTP_CASES = Integer.getInteger("bench.http.cases", 8);
    private static final List<Integer> GROWTH = list("bench.growth", "1000,2000").stream().map(Integer::valueOf).toList();
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
            if (PARTS.contains("1")) {
                overhead(cases, section, "1.");
            }
            if (PARTS.contains("2")) {
                rest(node, cases, section);
            }
            if (PARTS.contains("5")) {
                growth(node, cases, section);
            }
            if (PARTS.contains("6")) {
                heap(node, section);
            }
            if (PARTS.contains("3") || PARTS.contains("4")) {
                deadlinesAndTasklist(db, node, section);
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
        section.settings.put("connection pool", dataSource instanceof HikariDataSource hikari
                ? "Hikari, max " + hikari.getMaximumPoolSize() : dataSource.getClass().getSimpleName());
        section.settings.put("engine name", engine.getName());
    }

    // 1. the application's cases against the bare baseline, interleaved round by round
    private void overhead(JavaApiCases cases, Report.Section section, String label) {
        List<Double> app = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int round = -1; round < ROUNDS; round++) { // round -1: warm-up, not counted
            List<Fixtures.Order> orders = cases.orders(CASES_PER_ROUND);
            double appRate = rate(CASES_PER_ROUND, () -> orders.forEach(cases::applicationCase));
            double baseRate = rate(CASES_PER_ROUND, () -> {
                for (int i = 0; i < CASES_PER_ROUND; i++) {
                    cases.baselineCase();
                }
            });
            if (round >= 0) {
                app.add(appRate);
                baseline.add(baseRate);
                ratio.add(appRate / baseRate);
            }
        }
        section.figures.add(new Figure(label + " application cases/s (Java API, one driver thread)", "cases/s",
                Stats.of(app), null, true, CASES_PER_ROUND + " exchange cases a round, all seven steps"));
        section.figures.add(new Figure(label + " baseline cases/s (same wait states, no application code)", "cases/s",
                Stats.of(baseline), null, true, CASES_PER_ROUND + " a round"));
        section.figures.add(new Figure(label + " ratio application / baseline", "", Stats.of(ratio), 0.75, true,
                "per round"));
    }

    private static double rate(int count, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    // 2. POST /api/cases latency at 1, 8 and 32 clients; whole cases over HTTP with 8 clients
    private void rest(BenchNode node, JavaApiCases cases, Report.Section section) throws Exception {
        HttpCases http = new HttpCases(node.port());
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
        List<Double> rates = new ArrayList<>();
        for (int round = -1; round < ROUNDS; round++) {
            List<Fixtures.Order> orders = cases.orders(HTTP_CASES);
            double rate = rate(HTTP_CASES, () -> parallel(8, orders, http::wholeCase));
            if (round >= 0) {
                rates.add(rate);
            }
        }
        section.figures.add(new Figure("2. whole cases/s over HTTP, 8 clients", "cases/s", Stats.of(rates), 20.0, true,
                HTTP_CASES + " cases a round, ~30 calls each (domain API + engine REST, Basic auth)"));
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

    // 5. throughput of (1) at each number of historic cases
    private void growth(BenchNode node, JavaApiCases cases, Report.Section section) {
        List<Double> first = null;
        long firstCount = 0;
        for (int level : GROWTH) {
            long historic = historicCases(node);
            if (historic < level) {
                List<Fixtures.Order> orders = cases.orders((int) (level - historic));
                parallel(2, orders, cases::applicationCase);
                refreshStatistics(node, section);
            }
            Report.Section scratch = new Report.Section("");
            overhead(cases, scratch, "");
            List<Double> rate = scratch.figures.get(0).rounds().values();
            long count = historicCases(node);
            section.figures.add(new Figure("5. application cases/s with " + count + " cases in the database",
                    "cases/s", Stats.of(rate), null, true, "as in 1.; cases = every after-sales-case instance in history"));
            if (first == null) {
                first = rate;
                firstCount = count;
            } else {
                double change = Stats.of(rate).median() / Stats.of(first).median();
                section.figures.add(new Figure("5. throughput with " + count + " vs " + firstCount + " cases",
                        "", Stats.of(List.of(change)), 0.8, true, "ratio of medians; the goal is for 100,000 vs 1,000"));
            }
        }
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
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).count();
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
    private void deadlinesAndTasklist(BenchDatabase db, BenchNode node, Report.Section section) throws Exception {
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        double created = startFollowUps(node, OPEN_TASKS);
        section.figures.add(new Figure("4. follow-up instances started/s (set-up, 2 threads)", "inst/s",
                Stats.of(List.of(created)), null, true, OPEN_TASKS + " instances"));
        section.figures.add(new Figure("4. timer jobs drained/s, one node", "jobs/s",
                Stats.of(List.of(drain(jdbc, List.of(node)))), 200.0, true, OPEN_TASKS + " timers due at once"));
        if (PARTS.contains("3")) {
            refreshStatistics(node, section);
            tasklist(node, section);
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
        String body = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        List<Double> p95 = new ArrayList<>();
        List<Double> countP95 = new ArrayList<>();
        for (int round = -1; round < Math.min(ROUNDS, 3); round++) {
            List<Double> page = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            for (int i = 0; i < TASKLIST_CALLS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> list = http.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                        "agent1", body);
                page.add((System.nanoTime() - start) / 1e6);
                if (list.statusCode() != 200 || !list.body().startsWith("[{")) {
                    throw new IllegalStateException("filter list: " + list.statusCode() + " " + list.body());
                }
                start = System.nanoTime();
                HttpResponse<String> count = http.postJson("/engine-rest/filter/" + filterId + "/count", "agent1", body);
                counts.add((System.nanoTime() - start) / 1e6);
                if (count.statusCode() != 200) {
                    throw new IllegalStateException("filter count: " + count.statusCode() + " " + count.body());
                }
            }
            if (round >= 0) {
                p95.add(Stats.of(page).percentile(95));
                countP95.add(Stats.of(counts).percentile(95));
            }
        }
        section.figures.add(new Figure("3. Tasklist first page (15) of Team queue as agent1, p95", "ms", Stats.of(p95), 30.0,
                false, open + " open agents' tasks; engine REST, authorization on, " + TASKLIST_CALLS + " calls a round"));
        section.figures.add(new Figure("3. the same filter's count, p95", "ms", Stats.of(countP95), null, false,
                "Tasklist asks it beside the page"));
    }
}
