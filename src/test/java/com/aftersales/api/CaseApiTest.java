package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.ProblemFields;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/cases} and {@code GET /api/cases/{caseId}} over real HTTP. */
@AfterSalesTest
class CaseApiTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired RuntimeService runtime;
    @Autowired CaseRepository cases;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void anIntegratorOpensACaseAndAnAgentFollowsIt() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        HttpResponse<String> created = http.postJson("/api/cases", "integration", """
                {"orderId":"%s","buyerId":"%s","channel":"WANGWANG","description":"电池充不进电",
                 "requestedOutcome":"RETURN","evidenceUrls":["https://img.example/mop.jpg"]}"""
                .formatted(order.orderId(), order.buyerId()));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode view = json.readTree(created.body());
        String caseId = view.get("caseId").asText();
        assertThat(caseId).matches("AS-\\d{8}-[2-9A-Z]{8}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/cases/" + caseId);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("step").asText()).isEqualTo("VERIFICATION");
        assertThat(view.get("orderId").asText()).isEqualTo(order.orderId());
        assertThat(view.get("openDeadlines").get(0).get("name").asText()).contains("10 min");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isEqualTo(1);
        assertThat(runtime.getVariable(fixtures.instanceOf(caseId).getId(), "evidenceLinks"))
                .isEqualTo("https://img.example/mop.jpg");

        HttpResponse<String> read = http.get("/api/cases/" + caseId, "agent1");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("buyerId").asText()).isEqualTo(order.buyerId());

        JsonNode messages = json.readTree(http.get("/api/cases/" + caseId + "/messages", "agent1").body());
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.get("phrase").asText()).isEqualTo("ACKNOWLEDGE");
            assertThat(message.get("audience").asText()).isEqualTo("BUYER");
            assertThat(message.get("body").asText()).contains(caseId);
            // no adapter is configured in the trial: the message waits in the outbox
            assertThat(message.get("status").asText()).isEqualTo("PENDING");
            assertThat(message.get("attempts").asInt()).isZero();
            assertThat(message.get("channel").asText()).isEqualTo("WANGWANG");
            assertThat(message.has("deliveredAt")).isFalse();
        });
        assertThat(http.get("/api/cases/AS-20260101-NOPE2345/messages", "agent1").statusCode()).isEqualTo(404);

        JsonNode byBuyer = json.readTree(http.get("/api/cases?buyerId=" + order.buyerId() + "&status=OPEN", "lead1").body());
        assertThat(byBuyer).hasSize(1);
        assertThat(byBuyer.get(0).get("caseId").asText()).isEqualTo(caseId);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstAnswerAgain() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String body = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"裂了\"}"
                .formatted(order.orderId(), order.buyerId());
        HttpResponse<String> first = http.postJson("/api/cases", "integration", body, "Idempotency-Key", order.orderId());
        HttpResponse<String> again = http.postJson("/api/cases", "integration", body, "Idempotency-Key", order.orderId());

        assertThat(first.statusCode()).isEqualTo(201);
        // the first answer again, status included
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(json.readTree(again.body()).get("caseId")).isEqualTo(json.readTree(first.body()).get("caseId"));
        assertThat(cases.search(order.buyerId(), null, 1000)).hasSize(1);
    }

    @Test
    void missingFieldsAreNamedAndNothingIsStarted() throws Exception {
        long before = runtime.createProcessInstanceQuery().count();
        HttpResponse<String> response = http.postJson("/api/cases", "integration", "{\"orderId\":\"TB20261001\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode errors = ProblemFields.of(json.readTree(response.body()));
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("buyerId", "channel", "description");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void anUnknownChannelIsBadInput() throws Exception {
        HttpResponse<String> response = http.postJson("/api/cases", "integration",
                "{\"orderId\":\"TB20261001\",\"buyerId\":\"buyer-001\",\"channel\":\"FAX\",\"description\":\"x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProblemFields.of(json.readTree(response.body())).get("channel").asText()).contains("'FAX' is not one of");
    }

    @Test
    void wrongTypesAndUnknownFilterValuesAreBadInput() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String base = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"裂了\","
                .formatted(order.orderId(), order.buyerId());
        HttpResponse<String> notAList = http.postJson("/api/cases", "integration", base + "\"evidenceUrls\":\"https://a.example/1.jpg\"}");
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(ProblemFields.of(json.readTree(notAList.body())).has("evidenceUrls")).isTrue();
        HttpResponse<String> notAUrl = http.postJson("/api/cases", "integration", base + "\"evidenceUrls\":[\"not a url\"]}");
        assertThat(notAUrl.statusCode()).isEqualTo(400);
        assertThat(ProblemFields.of(json.readTree(notAUrl.body())).fieldNames().next()).startsWith("evidenceUrls");
        HttpResponse<String> unknownField = http.postJson("/api/cases", "integration", base + "\"priority\":\"HIGH\"}");
        assertThat(ProblemFields.of(json.readTree(unknownField.body())).get("priority").asText()).isEqualTo("is not a known field");

        HttpResponse<String> badStatus = http.get("/api/cases?status=PENDING", "lead1");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("status").doesNotContain("Exception");
        assertThat(cases.search(order.buyerId(), null, 1000)).isEmpty();
    }

    @Test
    void malformedJsonIsBadInputWithoutInternals() throws Exception {
        HttpResponse<String> response = http.postJson("/api/cases", "integration", "{\"orderId\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndNothingIsStarted() throws Exception {
        long before = runtime.createProcessInstanceQuery().count();
        String huge = "x".repeat(70 * 1024);
        HttpResponse<String> response = http.postJson("/api/cases", "integration",
                "{\"orderId\":\"TB20261001\",\"buyerId\":\"buyer-001\",\"channel\":\"QQ\",\"description\":\"" + huge + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo("Payload too large");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void fiftyConcurrentRequestsWithOneIdempotencyKeyOpenOneCase() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        String body = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"PLATFORM\",\"description\":\"平台退款申请\"}"
                .formatted(order.orderId(), order.buyerId());
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                responses.add(clients.submit(() -> http.postJson("/api/cases", "integration", body,
                        "Idempotency-Key", "webhook-" + order.orderId())));
            }
            java.util.Set<String> caseIds = new java.util.HashSet<>();
            int created = 0;
            for (var response : responses) {
                HttpResponse<String> answer = response.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(201);
                created += answer.headers().firstValue("Idempotent-Replayed").isEmpty() ? 1 : 0;
                caseIds.add(json.readTree(answer.body()).get("caseId").asText());
            }
            assertThat(created).isEqualTo(1);
            assertThat(caseIds).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(cases.search(order.buyerId(), null, 1000)).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("AS-%")
                .variableValueEquals("buyerId", order.buyerId()).count()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheCaseCalls() throws Exception {
        HttpResponse<String> response = http.get("/v3/api-docs", "agent1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/cases")).isTrue();
        assertThat(paths.has("/api/cases/{caseId}")).isTrue();
        assertThat(paths.get("/api/cases").get("post").get("parameters").toString()).contains("Idempotency-Key");
        assertThat(paths.fieldNames()).toIterable().contains("/api/cases/{caseId}/return-shipment",
                "/api/cases/{caseId}/disputes", "/api/cases/{caseId}/platform-verdict", "/api/reviews",
                "/api/reviews/{reviewId}", "/api/reviews/{reviewId}/revision");
        assertThat(response.body()).contains("\"example\":\"TB20261001\"", "\"example\":\"SELLER\"");
    }

    @Test
    void aReturnShipmentIsAcceptedOnlyWhileTheCaseWaitsForIt() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        String caseId = fixtures.openCase(order, "电池坏了");
        String shipment = "{\"carrier\":\"顺丰 SF\",\"trackingNumber\":\"SF1234567890\"}";
        String path = "/api/cases/" + caseId + "/return-shipment";

        HttpResponse<String> tooEarly = http.postJson(path, "integration", shipment);
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(json.readTree(tooEarly.body()).get("detail").asText()).contains("not waiting for a return shipment");
        assertThat(runtime.getVariables(fixtures.instanceOf(caseId).getId())).doesNotContainKey("returnTrackingNumber");

        var instance = fixtures.instanceOf(caseId);
        var taskService = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getTaskService();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                java.util.Map.of("orderVerified", true));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                java.util.Map.of("issueType", "QUALITY_DEFECT", "evidenceProvided", true));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                java.util.Map.of("resolution", "EXCHANGE"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                java.util.Map.of("customerDecision", "ACCEPTED"));

        assertThat(http.postJson(path, "agent1", shipment).statusCode()).isEqualTo(403);
        assertThat(http.postJson(path, "integration", "{\"carrier\":\"SF\"}").statusCode()).isEqualTo(400);
        assertThat(http.postJson("/api/cases/AS-20260101-NOPE2345/return-shipment", "integration", shipment)
                .statusCode()).isEqualTo(404);
        assertThat(http.postJson(path, "integration", shipment).statusCode()).isEqualTo(202);
        assertThat(runtime.getVariable(instance.getId(), "returnTrackingNumber")).isEqualTo("SF1234567890");
        assertThat(http.postJson(path, "integration", shipment).statusCode()).isEqualTo(409);
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        HttpResponse<String> response = http.get("/api/cases/AS-20260101-NOPE2345", "agent1");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("AS-20260101-NOPE2345");
    }
}
