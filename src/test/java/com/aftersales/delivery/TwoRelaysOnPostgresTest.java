package com.aftersales.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Postgres;
import com.aftersales.vocabulary.Audience;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Two nodes on one PostgreSQL database, each with its own connection pool and relay, deliver 500 messages of 50 cases
 * to a de-duplicating chat system: every message is accepted once and sent once (no node died), each case's
 * messages arrive in the order they were written, and both nodes did part of the work.
 */
@Tag("postgres")
class TwoRelaysOnPostgresTest {

    private static final int CASES = 50;
    private static final int PER_CASE = 10;
    private static final String SECRET = "two-nodes";

    @Test
    void fiveHundredMessagesAreEachAcceptedOnceInOrderPerCase() throws Exception {
        try (Postgres.Database database = Postgres.createDatabase("relay_two_nodes");
             Receivers.Chat chat = new Receivers.Chat(SECRET);
             HikariDataSource nodeA = pool(database);
             HikariDataSource nodeB = pool(database)) {
            Flyway.configure().dataSource(nodeA).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(nodeA);
            writeMessages(jdbc);
            Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
            ObjectMapper json = new ObjectMapper();
            List<Throwable> problems = new CopyOnWriteArrayList<>();
            chat.refuse = received -> {
                try {
                    JsonNode body = json.readTree(received.body());
                    arrivals.computeIfAbsent(body.get("caseId").asText(), c -> new CopyOnWriteArrayList<>())
                            .add(body.get("messageId").asLong());
                } catch (Exception e) {
                    problems.add(e);
                }
                return false;
            };

            OutboxRelay relayA = relay(nodeA, chat.url());
            OutboxRelay relayB = relay(nodeB, chat.url());
            AtomicInteger claimedA = new AtomicInteger();
            AtomicInteger claimedB = new AtomicInteger();
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            running.add(nodes.submit(() -> runUntilDone(relayA, claimedA, jdbc)));
            running.add(nodes.submit(() -> runUntilDone(relayB, claimedB, jdbc)));
            for (Future<?> node : running) {
                node.get();
            }
            nodes.shutdown();

            assertThat(problems).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where status = 'DELIVERED'", Long.class))
                    .isEqualTo(CASES * PER_CASE);
            assertThat(chat.accepted).hasSize(CASES * PER_CASE).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            assertThat(chat.requests).as("sent once each: no node died mid-send").hasSize(CASES * PER_CASE);
            assertThat(arrivals).hasSize(CASES).allSatisfy((caseId, ids) -> assertThat(ids).isSorted().hasSize(PER_CASE));
            assertThat(claimedA.get() + claimedB.get()).isEqualTo(CASES * PER_CASE);
            assertThat(claimedA.get()).as("node A's share").isPositive();
            assertThat(claimedB.get()).as("node B's share").isPositive();
            System.out.printf("two relays: node A delivered %d, node B %d%n", claimedA.get(), claimedB.get());
        }
    }

    @Test
    void aMessageOfANodeThatDiedMidSendIsTakenOverAfterItsLease() throws Exception {
        try (Postgres.Database database = Postgres.createDatabase("relay_lease");
             Receivers.Chat chat = new Receivers.Chat(SECRET);
             HikariDataSource pool = pool(database)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.update("insert into outbox_message (case_id, audience, recipient, channel, phrase, body, created_at) "
                    + "values ('AS-LEASE', 'BUYER', 'buyer-1', 'QQ', 'ACKNOWLEDGE', 'hello', ?)", Timestamp.from(Instant.now()));
            // the dead node claimed it (attempt 1, leased for a minute) and never recorded an outcome
            jdbc.update("update outbox_message set attempts = 1, next_attempt_at = ?",
                    Timestamp.from(Instant.now().plus(Duration.ofMinutes(1))));
            OutboxRelay survivor = relay(pool, chat.url());
            assertThat(survivor.deliverDue()).as("not while the lease runs").isZero();

            jdbc.update("update outbox_message set next_attempt_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));
            assertThat(survivor.deliverDue()).isOne();
            assertThat(jdbc.queryForMap("select status, attempts from outbox_message"))
                    .containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        }
    }

    private static void runUntilDone(OutboxRelay relay, AtomicInteger claimed, JdbcTemplate jdbc) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (jdbc.queryForObject("select count(*) from outbox_message where status = 'PENDING'", Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not delivered within 2 minutes");
            }
            int claimedNow = relay.deliverDue();
            claimed.addAndGet(claimedNow);
            if (claimedNow == 0) {
                pause(); // what is left is leased to the other node: look again shortly, as the relay's loop does
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeMessages(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < PER_CASE; n++) {
            for (int c = 0; c < CASES; c++) {
                rows.add(new Object[] {"AS-TWO-" + c, "buyer-" + c, "message " + n + " of case " + c, now});
            }
        }
        jdbc.batchUpdate("insert into outbox_message (case_id, audience, recipient, channel, phrase, body, created_at) "
                + "values (?, 'BUYER', ?, 'WANGWANG', 'ACKNOWLEDGE', ?, ?)", rows);
    }

    private static HikariDataSource pool(Postgres.Database database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(Postgres.USER);
        pool.setMaximumPoolSize(3);
        return pool;
    }

    private static OutboxRelay relay(HikariDataSource pool, String url) {
        DeliveryProperties properties = new DeliveryProperties(
                new DeliveryProperties.Webhook(URI.create(url), SECRET, Duration.ofSeconds(5)),
                new DeliveryProperties.Mail(false, "after-sales@localhost"),
                new DeliveryProperties.DingTalk(null, null),
                new DeliveryProperties.Relay(true, Duration.ofMillis(50), 100, 10, Duration.ofMillis(50),
                        Duration.ofSeconds(1), Duration.ofMinutes(1)),
                Map.of(Audience.BUYER, List.of(Adapter.WEBHOOK)));
        DeliveryRoutes routes = new DeliveryRoutes(List.of(new WebhookAdapter(properties)), properties);
        return new OutboxRelay(new JdbcTemplate(pool), new DataSourceTransactionManager(pool), routes, properties,
                Clock.systemUTC(), new DeliveryMetrics(new SimpleMeterRegistry(), new JdbcTemplate(pool)));
    }
}
