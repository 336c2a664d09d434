package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole cases driven the way integrators and staff's own tools would: the domain API and engine REST
 * over HTTP with Basic auth, nothing else — and refused calls that leave nothing behind.
 */
@AfterSalesTest
class IntegratorJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private String openCase(Fixtures.Order order) throws Exception {
        HttpResponse<String> created = http.postJson("/api/cases", "integration", """
                {"orderId":"%s","buyerId":"%s","channel":"WECHAT","description":"拖把坏了 the mop is broken",
                 "requestedOutcome":"RETURN"}""".formatted(order.orderId(), order.buyerId()));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("caseId").asText();
    }

    /** The user's one open task of the case over engine REST: claimed, then completed with these variables. */
    private void work(String caseId, String user, String expectedTask, Map<String, Object> variables) throws Exception {
        JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, user).body());
        assertThat(tasks).as("%s's tasks of %s", user, caseId).singleElement()
                .satisfies(task -> assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(expectedTask));
        String id = tasks.get(0).get("id").asText();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + user + "\"}").statusCode())
                .isEqualTo(204);
        Map<String, Object> typed = new java.util.LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        HttpResponse<String> completed = http.postJson("/engine-rest/task/" + id + "/complete", user,
                json.writeValueAsString(Map.of("variables", typed)));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    private JsonNode caseView(String caseId) throws Exception {
        return json.readTree(http.get("/api/cases/" + caseId, "agent1").body());
    }

    @Test
    void anExchangeFromTheChatSystemToAClosedCase() throws Exception {
        String caseId = openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2));
        work(caseId, "agent1", "user_verify_order", Map.of("orderVerified", true));
        work(caseId, "agent1", "user_confirm_problem", Map.of("issueType", "QUALITY_DEFECT", "evidenceProvided", true));
        assertThat(caseView(caseId).get("recommendation").get("resolution").asText()).isEqualTo("EXCHANGE");
        work(caseId, "agent1", "user_propose_resolution", Map.of("resolution", "EXCHANGE"));
        work(caseId, "agent1", "user_negotiate", Map.of("customerDecision", "ACCEPTED"));
        assertThat(caseView(caseId).get("step").asText()).isEqualTo("HANDLING");

        assertThat(http.postJson("/api/cases/" + caseId + "/return-shipment", "integration",
                "{\"carrier\":\"顺丰 SF\",\"trackingNumber\":\"SF1234567890\"}").statusCode()).isEqualTo(202);
        work(caseId, "warehouse1", "user_inspect_return", Map.of("returnCondition", "AS_EXPECTED"));
        work(caseId, "warehouse1", "user_ship_item", Map.of("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF77"));

        // the follow-up waits three days; an operator may fire a due timer early over engine REST, as Cockpit does
        JsonNode followUp = caseView(caseId).get("openDeadlines");
        assertThat(followUp).singleElement().satisfies(d -> assertThat(d.get("name").asText()).contains("Follow-up"));
        String instanceId = json.readTree(http.get("/engine-rest/process-instance?businessKey=" + caseId, "admin")
                .body()).get(0).get("id").asText();
        String jobId = json.readTree(http.get("/engine-rest/job?timers=true&processInstanceId=" + instanceId, "admin")
                .body()).get(0).get("id").asText();
        assertThat(http.postJson("/engine-rest/job/" + jobId + "/execute", "admin", "").statusCode()).isEqualTo(204);

        work(caseId, "agent1", "user_follow_up", Map.of("satisfied", true, "satisfactionScore", 5));
        JsonNode closed = caseView(caseId);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("step").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(closed.get("resolution").asText()).isEqualTo("EXCHANGE");
        assertThat(closed.get("closedAt").isNull()).isFalse();
    }

    @Test
    void aRejectedProposalThroughTheDisputeToThePlatformsVerdict() throws Exception {
        String caseId = openCase(fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 3));
        work(caseId, "agent1", "user_verify_order", Map.of("orderVerified", true));
        work(caseId, "agent1", "user_confirm_problem", Map.of("issueType", "NOT_AS_DESCRIBED", "evidenceProvided", true));
        work(caseId, "agent1", "user_propose_resolution", Map.of("resolution", "PARTIAL_REFUND", "compensationAmount", 10.0));
        work(caseId, "agent1", "user_negotiate", Map.of("customerDecision", "REJECTED"));
        assertThat(caseView(caseId).get("step").asText()).isEqualTo("DISPUTE");

        work(caseId, "lead1", "user_dispute_attempt", Map.of("buyerWithdrew", false, "attemptNote", "买家坚持退货"));
        work(caseId, "lead1", "user_dispute_evidence", Map.of("evidenceSubmitted", true, "evidenceNote", "详情页截图"));
        assertThat(http.postJson("/api/cases/" + caseId + "/platform-verdict", "integration",
                "{\"responsibleParty\":\"BUYER\"}").statusCode()).isEqualTo(202);

        JsonNode closed = caseView(caseId);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("DISPUTE_BUYER_LIABLE");
        assertThat(closed.get("refunds")).isEmpty();
    }

    @Test
    void aCombinedProposalOverEngineRestIsRefusedWholeAndTheCaseViewListsWhatWasGiven() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 2);
        String caseId = openCase(order);
        work(caseId, "agent1", "user_verify_order", Map.of("orderVerified", true));
        work(caseId, "agent1", "user_confirm_problem", Map.of("issueType", "WRONG_ITEM", "evidenceProvided", true));
        String taskId = json.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "agent1").body())
                .get(0).get("id").asText();
        List<Long> before = footprint();

        // an exchange with a coupon above what any proposal may give: nothing of it is accepted
        HttpResponse<String> refused = http.postJson("/engine-rest/task/" + taskId + "/complete", "agent1", """
                {"variables":{"resolution":{"value":"EXCHANGE"},"giveCoupon":{"value":true},"couponAmount":{"value":"300.00"},
                 "giveGift":{"value":true},"giftItem":{"value":"钥匙扣 key ring"}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("couponAmount", "200.00").doesNotContain("Exception", "at com.");
        assertThat(footprint()).isEqualTo(before);
        assertThat(caseView(caseId).get("resolution")).isNull();

        work(caseId, "agent1", "user_propose_resolution", Map.of("resolution", "EXCHANGE", "giveCoupon", true,
                "couponAmount", "20.00", "giveGift", true, "giftItem", "钥匙扣 key ring"));
        work(caseId, "agent1", "user_negotiate", Map.of("customerDecision", "ACCEPTED"));
        assertThat(http.postJson("/api/cases/" + caseId + "/return-shipment", "integration",
                "{\"carrier\":\"韵达 Yunda\",\"trackingNumber\":\"YD88\"}").statusCode()).isEqualTo(202);
        work(caseId, "warehouse1", "user_inspect_return", Map.of("returnCondition", "AS_EXPECTED"));
        work(caseId, "warehouse1", "user_ship_item", Map.of("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF88"));
        fixtures.runDueJobs(caseId);

        JsonNode view = caseView(caseId);
        assertThat(view.get("remedies")).hasSize(2);
        assertThat(view.get("remedies").get(0).get("kind").asText()).isEqualTo("COUPON");
        assertThat(view.get("remedies").get(0).get("amount").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(view.get("remedies").get(0).get("status").asText()).isEqualTo("ISSUED");
        assertThat(view.get("remedies").get(1).get("kind").asText()).isEqualTo("GIFT");
        assertThat(view.get("remedies").get(1).get("item").asText()).isEqualTo("钥匙扣 key ring");
        assertThat(view.get("refunds")).as("neither is cash").isEmpty();
    }

    @Test
    void theOrderSystemPutsAnOrderTheBuyerUrgesItAndTheCarrierDeliversIt() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String orderId = "TB" + suffix;
        String buyerId = "buyer-" + suffix.toLowerCase();
        java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
        HttpResponse<String> put = http.send("PUT", "/api/orders/" + orderId, "integration", "integration", """
                {"buyerId":"%s","itemName":"蓝牙耳机 bluetooth earphones","paidAmount":89.00,"paidAt":"%s",
                 "promisedShipBy":"%s","shippingAddress":"王女士 13800000000 杭州市西湖区文三路 1 号"}"""
                .formatted(buyerId, now.minus(java.time.Duration.ofDays(3)), now.minus(java.time.Duration.ofDays(1))));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);

        HttpResponse<String> created = http.postJson("/api/cases", "integration", """
                {"orderId":"%s","buyerId":"%s","channel":"WANGWANG","description":"怎么还没发货？ why has it not shipped?"}"""
                .formatted(orderId, buyerId));
        assertThat(created.statusCode()).isEqualTo(201);
        String caseId = json.readTree(created.body()).get("caseId").asText();
        work(caseId, "agent1", "user_verify_order", Map.of("orderVerified", true));
        work(caseId, "agent1", "user_confirm_problem", Map.of("issueType", "NOT_SHIPPED", "evidenceProvided", true));
        assertThat(caseView(caseId).get("recommendation").get("eligible").asBoolean()).isTrue();
        work(caseId, "agent1", "user_apologise", Map.of("giveRedEnvelope", true, "redEnvelopeAmount", "5.00"));
        work(caseId, "warehouse1", "user_ship_urged", Map.of("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF" + suffix));
        fixtures.runDueJobs(caseId);
        JsonNode closed = caseView(caseId);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(closed.get("remedies").get(0).get("kind").asText()).isEqualTo("RED_ENVELOPE");

        // the carrier's events, as the order system forwards them; the same event again is kept once
        String shipped = """
                {"type":"SHIPPED","carrier":"顺丰 SF","trackingNumber":"SF%s","occurredAt":"%s"}""".formatted(suffix, now);
        assertThat(http.postJson("/api/orders/" + orderId + "/logistics-events", "integration", shipped).statusCode()).isEqualTo(202);
        assertThat(http.postJson("/api/orders/" + orderId + "/logistics-events", "integration", shipped).statusCode()).isEqualTo(202);
        assertThat(http.postJson("/api/orders/" + orderId + "/logistics-events", "integration", """
                {"type":"DELIVERED","carrier":"顺丰 SF","trackingNumber":"SF%s","occurredAt":"%s"}"""
                .formatted(suffix, now.plusSeconds(60))).statusCode()).isEqualTo(202);
        assertThat(http.postJson("/api/orders/TB-NO-SUCH/logistics-events", "integration", shipped).statusCode()).isEqualTo(404);
        JsonNode order = json.readTree(http.get("/api/orders/" + orderId, "agent1").body());
        assertThat(order.get("shippingState").asText()).isEqualTo("DELIVERED");
        assertThat(order.get("trackingNumber").asText()).isEqualTo("SF" + suffix);
        assertThat(jdbc.queryForObject("select count(*) from logistics_event where order_id = ?", Long.class, orderId))
                .isEqualTo(2);
    }

    @Test
    void refusedCallsLeaveNoCaseNoInstanceNoMessageAndNoRefundBehind() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT"); // waits for a proposal
        List<Long> before = footprint();

        String valid = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"裂了\"}"
                .formatted(order.orderId(), order.buyerId());
        List<HttpResponse<String>> refused = List.of(
                http.postJson("/api/cases", "integration", valid.replace("\"QQ\"", "\"TELEGRAM\"")),
                http.postJson("/api/cases", "integration", valid.replace("\"裂了\"", "\"" + "x".repeat(70_000) + "\"")),
                http.postJson("/api/cases", "integration", valid.replace("\"QQ\"", "42")),
                http.postJson("/api/cases", "integration", "{\"orderId\":"),
                http.postJson("/api/cases", "agent1", valid),
                http.postJson("/api/cases/" + caseId + "/return-shipment", "integration",
                        "{\"carrier\":\"SF\",\"trackingNumber\":\"SF1\"}"),
                http.postJson("/api/cases/" + caseId + "/platform-verdict", "integration", "{\"responsibleParty\":\"SELLER\"}"),
                http.postJson("/api/cases/" + caseId + "/disputes", "integration", "{\"openedBy\":\"BUYER\"}"),
                http.postJson("/api/reviews", "integration", "{\"orderId\":\"%s\",\"buyerId\":\"x\",\"rating\":\"NEGATIVE\",\"text\":\"差\"}"
                        .formatted(order.orderId())));
        assertThat(refused).extracting(HttpResponse::statusCode).containsExactly(400, 413, 400, 400, 403, 409, 409, 400, 400);
        assertThat(refused).allSatisfy(response -> assertThat(response.body()).doesNotContain("Exception", "at com."));
        assertThat(footprint()).isEqualTo(before);
    }

    /** Cases, review cases, process instances ever started, outbox messages and ledger entries. */
    private List<Long> footprint() {
        return List.of(
                jdbc.queryForObject("select count(*) from after_sales_case", Long.class),
                jdbc.queryForObject("select count(*) from review_case", Long.class),
                history.createHistoricProcessInstanceQuery().count(),
                jdbc.queryForObject("select count(*) from outbox_message", Long.class),
                jdbc.queryForObject("select count(*) from refund_ledger", Long.class));
    }
}
