package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.orders.LogisticsEventRecorded;
import com.aftersales.orders.OrderLookup;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.aftersales.support.ProblemFields;
import com.aftersales.vocabulary.LogisticsEventType;
import com.aftersales.vocabulary.ShippingState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code PUT/GET /api/orders/{orderId}} and {@code POST /api/orders/{orderId}/logistics-events} over real HTTP, as
 * the order system and the carrier's feed drive them: an order put and put anew, its buyer and amount fixed once a
 * case refers to it, its parcel following the newest event, repeats and late events changing nothing, bad input
 * named and refused with nothing changed. Each test has orders of its own.
 */
@AfterSalesTest
class OrderApiTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrderLookup orders;
    @Autowired ConfigurableApplicationContext context;
    @Autowired ApplicationEventMulticaster multicaster;
    private final ObjectMapper json = new ObjectMapper();
    private final List<LogisticsEventRecorded> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof LogisticsEventRecorded recorded) {
            published.add(recorded);
        }
    };
    private Http http;
    private String orderId;
    private Instant now;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        orderId = "TB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        context.addApplicationListener(listener);
    }

    @AfterEach
    void removeListener() {
        multicaster.removeApplicationListener(listener);
    }

    private String path() {
        return "/api/orders/" + orderId;
    }

    private HttpResponse<String> put(String body) {
        return http.send("PUT", path(), "integration", "integration", body);
    }

    private HttpResponse<String> event(String type, String tracking, Instant occurredAt) {
        return http.postJson(path() + "/logistics-events", "integration",
                "{\"type\":\"%s\",\"carrier\":\"顺丰速运 SF Express\",\"trackingNumber\":\"%s\",\"occurredAt\":\"%s\"}"
                        .formatted(type, tracking, occurredAt));
    }

    private String order(String buyerId, String paidAmount) {
        return ("{\"buyerId\":\"%s\",\"itemName\":\"蓝牙耳机 bluetooth earphones\",\"paidAmount\":%s,"
                + "\"shippingFee\":8.00,\"paidAt\":\"%s\",\"promisedShipBy\":\"%s\",\"buyerTier\":\"SVIP\","
                + "\"shippingAddress\":\"浙江省杭州市西湖区文三路 100 号\"}")
                .formatted(buyerId, paidAmount, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
    }

    private JsonNode get(String user) throws Exception {
        HttpResponse<String> response = http.get(path(), user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theOrderSystemPutsAnOrderAndPutsItAnew() throws Exception {
        HttpResponse<String> created = put(order("buyer-x1", "89.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(path());
        JsonNode view = json.readTree(created.body());
        assertThat(view.get("orderId").asText()).isEqualTo(orderId);
        assertThat(view.get("paidAmount").decimalValue()).isEqualByComparingTo("89.00");
        assertThat(view.get("shippingFee").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(view.get("buyerTier").asText()).isEqualTo("SVIP");
        assertThat(view.get("shippingState").asText()).isEqualTo("NOT_SHIPPED");
        assertThat(Instant.parse(view.get("paidAt").asText())).isEqualTo(now.minus(Duration.ofDays(1)));
        assertThat(Instant.parse(view.get("promisedShipBy").asText())).isEqualTo(now.plus(Duration.ofDays(1)));
        assertThat(view.has("deliveredAt")).isFalse();
        assertThat(view.has("carrier")).isFalse();

        // all of the order each time: what is left out is empty or its default afterwards
        HttpResponse<String> updated = put("{\"buyerId\":\"buyer-x1\",\"itemName\":\"蓝牙耳机 黑色 black earphones\","
                + "\"paidAmount\":89.00}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("Location")).isEmpty();
        JsonNode again = get("agent1");
        assertThat(again.get("itemName").asText()).isEqualTo("蓝牙耳机 黑色 black earphones");
        assertThat(again.get("buyerTier").asText()).isEqualTo("NORMAL");
        assertThat(again.get("shippingFee").decimalValue()).isEqualByComparingTo("0");
        assertThat(again.has("paidAt")).isFalse();
        assertThat(again.has("shippingAddress")).isFalse();
        assertThat(orders.find(orderId).orElseThrow().itemName()).isEqualTo("蓝牙耳机 黑色 black earphones");
    }

    @Test
    void theBuyersAddressIsForAgentsAndTeamLeadsOnly() throws Exception {
        assertThat(put(order("buyer-x2", "89.00")).statusCode()).isEqualTo(201);

        for (String staff : new String[] {"agent1", "lead1"}) {
            assertThat(get(staff).get("shippingAddress").asText()).as(staff).isEqualTo("浙江省杭州市西湖区文三路 100 号");
        }
        for (String other : new String[] {"manager1", "integration"}) {
            JsonNode view = get(other);
            assertThat(view.get("buyerId").asText()).as(other).isEqualTo("buyer-x2");
            assertThat(view.has("shippingAddress")).as(other).isFalse();
        }
    }

    @Test
    void anOrderWithACaseKeepsItsBuyerAndAmountAndNothingChanges() throws Exception {
        assertThat(put(order("buyer-x3", "89.00")).statusCode()).isEqualTo(201);
        fixtures.openCase(new Fixtures.Order(orderId, "buyer-x3"), "耳机没声音");

        JsonNode amount = problem(put(order("buyer-x3", "79.00")), 409);
        assertThat(amount.get("type").asText()).isEqualTo("https://aftersales.example/problems/order-has-case");
        assertThat(amount.get("detail").asText()).contains(orderId, "paidAmount");
        assertThat(problem(put(order("buyer-other", "89.00")), 409).get("title").asText())
                .isEqualTo("Order has an after-sales case");
        assertThat(get("agent1").get("paidAmount").decimalValue()).isEqualByComparingTo("89.00");
        assertThat(get("agent1").get("buyerId").asText()).isEqualTo("buyer-x3");

        // the same amount written otherwise is the same amount; the rest of the order may change
        HttpResponse<String> same = put(order("buyer-x3", "89.0").replace("SVIP", "VIP"));
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(get("agent1").get("buyerTier").asText()).isEqualTo("VIP");
    }

    @Test
    void badInputIsNamedAndNothingIsCreated() throws Exception {
        String valid = order("buyer-x4", "89.00");
        assertThat(ProblemFields.of(problem(put(valid.replace("\"buyerId\":\"buyer-x4\",", "")), 400)).has("buyerId"))
                .isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace("89.00", "89.001")), 400)).get("paidAmount").asText())
                .contains("2 digits");
        assertThat(ProblemFields.of(problem(put(valid.replace("89.00", "0")), 400)).has("paidAmount")).isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace("89.00", "\"89.00\"")), 400)).has("paidAmount")).isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace("8.00", "-1.00")), 400)).has("shippingFee")).isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace("8.00", "8.005")), 400)).has("shippingFee")).isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace("SVIP", "GOLD")), 400)).get("buyerTier").asText())
                .contains("GOLD", "NORMAL");
        assertThat(ProblemFields.of(problem(put(valid.replace("SVIP", "vip")), 400)).has("buyerTier")).isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace("\"shippingAddress\"", "\"address\"")), 400))
                .has("address")).isTrue();
        assertThat(ProblemFields.of(problem(put(valid.replace(now.minus(Duration.ofDays(1)).toString(), "yesterday")),
                400)).get("paidAt").asText()).contains("ISO-8601");
        assertThat(ProblemFields.of(problem(put(valid.replace("\"" + now.minus(Duration.ofDays(1)) + "\"",
                String.valueOf(now.getEpochSecond()))), 400)).get("paidAt").asText()).as("no epoch seconds")
                .contains("ISO-8601");
        assertThat(ProblemFields.of(problem(put(valid.replace(now.plus(Duration.ofDays(1)).toString(),
                now.minus(Duration.ofDays(2)).toString())), 400)).get("promisedShipBy").asText())
                .contains("paidAt");
        assertThat(ProblemFields.of(problem(http.send("PUT", "/api/orders/TB%20" + orderId, "integration",
                "integration", valid), 400)).has("orderId")).isTrue();
        assertThat(problem(http.send("PUT", "/api/orders/" + "T".repeat(33), "integration", "integration", valid), 400)
                .get("errors")).isNotNull();

        assertThat(http.get(path(), "agent1").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownOrderIsNotFound() throws Exception {
        JsonNode unknown = problem(http.get(path(), "agent1"), 404);
        assertThat(unknown.get("type").asText()).isEqualTo("https://aftersales.example/problems/unknown-order");
        assertThat(unknown.get("detail").asText()).contains(orderId);
        assertThat(problem(event("SHIPPED", "SF1", now), 404).get("title").asText()).isEqualTo("Unknown order");
        assertThat(jdbc.queryForObject("select count(*) from logistics_event where order_id = ?", Integer.class, orderId))
                .isZero();
    }

    @Test
    void theParcelFollowsTheNewestEventAndALateOneMovesNothingBack() throws Exception {
        assertThat(put(order("buyer-x5", "89.00")).statusCode()).isEqualTo(201);
        Instant shipped = now.minus(Duration.ofHours(30));
        Instant moving = now.minus(Duration.ofHours(20));

        assertThat(event("SHIPPED", "SF1400000001", shipped).statusCode()).isEqualTo(202);
        JsonNode view = get("integration");
        assertThat(view.get("shippingState").asText()).isEqualTo("SHIPPED");
        assertThat(view.get("carrier").asText()).isEqualTo("顺丰速运 SF Express");
        assertThat(view.get("trackingNumber").asText()).isEqualTo("SF1400000001");
        assertThat(Instant.parse(view.get("lastEventAt").asText())).isEqualTo(shipped);

        assertThat(event("IN_TRANSIT", "SF1400000001", moving).statusCode()).isEqualTo(202);
        // the pick-up between them arrives late: kept, but the parcel stays in transit
        assertThat(event("PICKED_UP", "SF1400000001", shipped.plus(Duration.ofHours(2))).statusCode()).isEqualTo(202);
        view = get("integration");
        assertThat(view.get("shippingState").asText()).isEqualTo("IN_TRANSIT");
        assertThat(Instant.parse(view.get("lastEventAt").asText())).isEqualTo(moving);
        assertThat(eventTypes()).as("in the order they arrived").containsExactly("SHIPPED", "IN_TRANSIT", "PICKED_UP");
        assertThat(published).extracting(LogisticsEventRecorded::newest).containsExactly(true, true, false);
        assertThat(published.get(2).stateAfter()).isEqualTo(ShippingState.IN_TRANSIT);
        assertThat(published.get(2).event().type()).isEqualTo(LogisticsEventType.PICKED_UP);
        assertThat(published).allSatisfy(recorded -> assertThat(recorded.buyerId()).isEqualTo("buyer-x5"));
    }

    @Test
    void aDeliveryStartsTheReturnWindow() throws Exception {
        assertThat(put(order("buyer-x6", "89.00")).statusCode()).isEqualTo(201);
        Instant delivered = now.minus(Duration.ofHours(3));
        assertThat(event("SHIPPED", "SF1400000002", now.minus(Duration.ofDays(2))).statusCode()).isEqualTo(202);
        assertThat(orders.find(orderId).orElseThrow().delivered()).isFalse();

        assertThat(event("DELIVERED", "SF1400000002", delivered).statusCode()).isEqualTo(202);
        JsonNode view = get("lead1");
        assertThat(view.get("shippingState").asText()).isEqualTo("DELIVERED");
        assertThat(Instant.parse(view.get("deliveredAt").asText())).isEqualTo(delivered);
        assertThat(orders.find(orderId).orElseThrow().deliveredAt()).isEqualTo(delivered);
    }

    @Test
    void theSameEventTwiceIsAcceptedOnce() throws Exception {
        assertThat(put(order("buyer-x7", "89.00")).statusCode()).isEqualTo(201);
        Instant at = now.minus(Duration.ofHours(5)).plusNanos(123_456_000);

        assertThat(event("SHIPPED", "SF1400000003", at).statusCode()).isEqualTo(202);
        assertThat(event("SHIPPED", "SF1400000003", at).statusCode()).isEqualTo(202);
        assertThat(eventTypes()).containsExactly("SHIPPED");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).event().occurredAt()).isEqualTo(at);

        // with an Idempotency-Key, as every POST: the first answer again
        String body = "{\"type\":\"IN_TRANSIT\",\"carrier\":\"SF\",\"trackingNumber\":\"SF1400000003\",\"occurredAt\":\"%s\"}"
                .formatted(now.minus(Duration.ofHours(1)));
        HttpResponse<String> first = http.postJson(path() + "/logistics-events", "integration", body,
                "Idempotency-Key", "carrier-" + orderId);
        HttpResponse<String> retried = http.postJson(path() + "/logistics-events", "integration", body,
                "Idempotency-Key", "carrier-" + orderId);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventTypes()).containsExactly("SHIPPED", "IN_TRANSIT");
        assertThat(published).hasSize(2);
    }

    @Test
    void badEventsAreNamedAndChangeNothing() throws Exception {
        assertThat(put(order("buyer-x8", "89.00")).statusCode()).isEqualTo(201);
        String events = path() + "/logistics-events";
        String valid = "{\"type\":\"SHIPPED\",\"carrier\":\"SF\",\"trackingNumber\":\"SF1\",\"occurredAt\":\"%s\"}"
                .formatted(now.minus(Duration.ofHours(1)));

        assertThat(ProblemFields.of(problem(http.postJson(events, "integration", valid.replace("SHIPPED", "TELEPORTED")),
                400)).get("type").asText()).contains("TELEPORTED", "PICKED_UP");
        assertThat(ProblemFields.of(problem(http.postJson(events, "integration",
                valid.replace(",\"trackingNumber\":\"SF1\"", "")), 400)).has("trackingNumber")).isTrue();
        assertThat(ProblemFields.of(problem(http.postJson(events, "integration",
                valid.replaceFirst(",\"occurredAt\":\"[^\"]+\"", "")), 400)).has("occurredAt")).isTrue();
        assertThat(ProblemFields.of(problem(http.postJson(events, "integration",
                valid.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2026-11-20T08:00:00\"")), 400))
                .has("occurredAt")).as("a time without its offset").isTrue();
        assertThat(ProblemFields.of(problem(http.postJson(events, "integration",
                valid.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"" + now.plus(Duration.ofHours(1)) + "\"")),
                400)).get("occurredAt").asText()).contains("future");
        assertThat(ProblemFields.of(problem(http.postJson(events, "integration", valid.replace("SF1", "SF 1")), 400))
                .has("trackingNumber")).isTrue();

        // an offset other than Z is the same instant
        assertThat(http.postJson(events, "integration", valid.replaceFirst("\"occurredAt\":\"[^\"]+\"",
                "\"occurredAt\":\"" + now.minus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.ofHours(8)) + "\""))
                .statusCode()).isEqualTo(202);
        assertThat(eventTypes()).containsExactly("SHIPPED");
        assertThat(Instant.parse(get("agent1").get("lastEventAt").asText())).isEqualTo(now.minus(Duration.ofHours(1)));
    }

    @Test
    void onlyTheOrderSystemWritesOrdersAndNobodyWithoutCredentials() throws Exception {
        assertThat(put(order("buyer-x9", "89.00")).statusCode()).isEqualTo(201);
        String body = order("buyer-x9", "1.00");
        for (String user : new String[] {"agent1", "lead1", "manager1", "admin"}) {
            assertThat(problem(http.send("PUT", path(), user, user, body), 403).get("type").asText()).as(user)
                    .endsWith("/forbidden");
            assertThat(problem(http.postJson(path() + "/logistics-events", user,
                    "{\"type\":\"LOST\",\"carrier\":\"SF\",\"trackingNumber\":\"SF1\",\"occurredAt\":\"" + now
                            + "\"}"), 403).get("status").asInt()).as(user).isEqualTo(403);
        }
        assertThat(problem(http.get(path(), "warehouse1"), 403)).isNotNull();
        assertThat(problem(http.get(path(), "finance1"), 403)).isNotNull();
        assertThat(problem(http.send("PUT", path(), null, null, body), 401)).isNotNull();
        assertThat(problem(http.send("GET", path(), null, null, null), 401)).isNotNull();
        assertThat(problem(http.send("POST", path() + "/logistics-events", null, null, "{}"), 401)).isNotNull();
        assertThat(get("agent1").get("paidAmount").decimalValue()).isEqualByComparingTo("89.00");
        assertThat(get("agent1").get("shippingState").asText()).isEqualTo("NOT_SHIPPED");
        assertThat(eventTypes()).isEmpty();
    }

    private List<String> eventTypes() {
        return jdbc.queryForList("select event_type from logistics_event where order_id = ? order by id", String.class,
                orderId);
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        return json.readTree(response.body());
    }
}
