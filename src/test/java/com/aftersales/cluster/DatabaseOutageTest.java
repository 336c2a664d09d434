package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Postgres;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under load (a proxy the test controls drops every connection and refuses new ones), and
 * comes back: requests answer {@code 503} with {@code Retry-After} within 2 s instead of hanging, readiness says
 * DOWN and liveness UP, the node recovers without a restart, and every request sent again with its
 * {@code Idempotency-Key} took effect exactly once.
 */
@Tag("postgres")
class DatabaseOutageTest {

    private static final String ADMIN_PASSWORD = "outage-Admin-1";

    private Postgres.Database database;
    private TcpProxy proxy;
    private Node node;

    @AfterEach
    void tearDown() {
        if (node != null) {
            node.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anOutageAnswers503QuicklyAndNothingIsLostOrDoubled() throws Exception {
        database = Postgres.createDatabase("aftersales_outage");
        // the server the tests use (the machine's, or an embedded one): its port from the database's URL
        java.net.URI server = java.net.URI.create(database.url().substring("jdbc:".length()));
        proxy = TcpProxy.to(server.getPort());
        node = Node.start("node-outage", database, ADMIN_PASSWORD,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath());
        node.awaitReady(Duration.ofMinutes(5));
        Staff.hire(node);
        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> orders = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "TBOUT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()).toList();
        for (String order : orders) {
            database.jdbc().update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, delivered_at, "
                    + "created_at) values (?, ?, ?, ?, ?, ?)", order, buyer, "手机壳 phone case", new BigDecimal("39.00"),
                    Timestamp.from(Instant.now().minus(Duration.ofDays(2))), Timestamp.from(Instant.now()));
        }
        assertThat(open(orders.get(0), buyer).statusCode()).isEqualTo(201);

        // load: an integrator opens a case every 100 ms, each with a key of its own, while the database goes away
        Map<String, Integer> firstAnswers = new ConcurrentHashMap<>();
        ExecutorService load = Executors.newSingleThreadExecutor();
        load.submit(() -> {
            for (String order : orders.subList(1, orders.size())) {
                firstAnswers.put(order, open(order, buyer).statusCode());
                Node.sleep(Duration.ofMillis(100));
            }
            return null;
        });
        Node.sleep(Duration.ofMillis(500));
        proxy.cut();

        long start = System.nanoTime();
        HttpResponse<String> during = node.http.get("/api/cases?buyerId=" + buyer, Staff.INTEGRATION);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
        assertThat(millis).as("answered within 2 s").isLessThan(2000);
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        assertThat(during.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(during.body()).contains("https://aftersales.example/problems/database-unavailable");
        HttpResponse<String> readiness = node.http.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(node.http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        Node.sleep(Duration.ofSeconds(2));

        proxy.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (node.http.get("/actuator/health/readiness", null).statusCode() != 200 && System.nanoTime() < deadline) {
            Node.sleep(Duration.ofMillis(200));
        }
        assertThat(node.http.get("/actuator/health/readiness", null).statusCode()).as("recovered without a restart")
                .isEqualTo(200);
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(firstAnswers.values()).as("every answer during the outage was 201 or 503, never 500")
                .allMatch(status -> status == 201 || status == 503).contains(503);

        // the integrator sends again what was refused, and what succeeded, with the same keys
        for (String order : orders) {
            assertThat(open(order, buyer).statusCode()).isEqualTo(201);
        }
        assertThat(database.jdbc().queryForObject("select count(*) from after_sales_case where buyer_id = ?",
                Long.class, buyer)).as("one case per key: nothing lost, nothing doubled").isEqualTo(orders.size());
        assertThat(database.jdbc().queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).isZero();
    }

    private HttpResponse<String> open(String order, String buyer) {
        return node.http.postJson("/api/cases", Staff.INTEGRATION, """
                {"orderId":"%s","buyerId":"%s","channel":"WANGWANG","description":"裂了"}""".formatted(order, buyer),
                "Idempotency-Key", "outage-" + order);
    }
}
