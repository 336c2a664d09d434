package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.DisputeEscalation;
import com.aftersales.dispute.Penalties;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /disputes}, {@code /platform-verdict} and {@code /api/reviews} over real HTTP, bad input included. */
@AfterSalesTest
class DisputeAndReviewApiTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired RuntimeService runtime;
    @Autowired RemedyLedger ledger;
    @Autowired Penalties penalties;
    @Autowired DeadlineProperties deadlines;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String negotiatingCase() {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        fixtures.completeTask(caseId, Map.of("resolution", "EXCHANGE"));
        return caseId;
    }

    private JsonNode errors(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return com.aftersales.support.ProblemFields.of(json.readTree(response.body()));
    }

    @Test
    void aDisputeIsAcceptedOnceAndBadInputIsNamed() throws Exception {
        String caseId = negotiatingCase();
        String path = "/api/cases/" + caseId + "/disputes";

        HttpResponse<String> missing = http.postJson(path, "integration", "{\"openedBy\":\"BUYER\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(errors(missing).has("reason")).isTrue();
        HttpResponse<String> unknownEnum = http.postJson(path, "integration", "{\"openedBy\":\"SELLER\",\"reason\":\"x\"}");
        assertThat(unknownEnum.statusCode()).isEqualTo(400);
        assertThat(errors(unknownEnum).get("openedBy").asText()).contains("BUYER", "PLATFORM");
        assertThat(http.postJson(path, "agent1", "{\"openedBy\":\"BUYER\",\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(fixtures.disputeOf(caseId)).isNull(); // nothing refused changed the case

        assertThat(http.postJson(path, "integration", "{\"openedBy\":\"BUYER\",\"reason\":\"投诉\"}").statusCode())
                .isEqualTo(202);
        HttpResponse<String> again = http.postJson(path, "integration", "{\"openedBy\":\"BUYER\",\"reason\":\"投诉\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("detail").asText()).contains("in dispute");
        assertThat(json.readTree(http.get("/api/cases/" + caseId, "agent1").body()).get("step").asText())
                .isEqualTo("DISPUTE");
        assertThat(http.postJson("/api/cases/AS-20260101-NOPE2345/disputes", "integration",
                "{\"openedBy\":\"BUYER\",\"reason\":\"x\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aVerdictIsAcceptedOnlyDuringPlatformInterventionAndNeverRefundsMoreThanIsLeft() throws Exception {
        String caseId = negotiatingCase();
        http.postJson("/api/cases/" + caseId + "/disputes", "integration", "{\"openedBy\":\"BUYER\",\"reason\":\"投诉\"}");
        String path = "/api/cases/" + caseId + "/platform-verdict";

        HttpResponse<String> early = http.postJson(path, "integration", "{\"responsibleParty\":\"SELLER\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json.readTree(early.body()).get("detail").asText()).contains("No platform intervention is pending");

        fixtures.advance(deadlines.disputeAttempt().plus(Duration.ofMinutes(1)));
        fixtures.runDueJobs(caseId);
        assertThat(errors(http.postJson(path, "integration", "{\"responsibleParty\":\"BUYER\",\"refundAmount\":10}"))
                .get("refundAmount").asText()).contains("only a seller-liable verdict refunds");
        assertThat(errors(http.postJson(path, "integration", "{\"responsibleParty\":\"SELLER\",\"refundAmount\":10.005}"))
                .has("refundAmount")).isTrue();
        assertThat(errors(http.postJson(path, "integration", "{\"responsibleParty\":\"SELLER\",\"refundAmount\":-1}"))
                .has("refundAmount")).isTrue();
        assertThat(errors(http.postJson(path, "integration", "{\"responsibleParty\":\"SELLER\",\"refundAmount\":\"lots\"}"))
                .has("refundAmount")).isTrue();
        assertThat(errors(http.postJson(path, "integration", "{\"responsibleParty\":\"SELLER\",\"refundAmount\":199.01}"))
                .get("refundAmount").asText()).contains("more than the 199.00 yuan");
        assertThat(errors(http.postJson(path, "integration", "{}")).has("responsibleParty")).isTrue();
        // nothing refused moved money or the dispute
        assertThat(ledger.ofCase(caseId)).isEmpty();
        assertThat(runtime.getActiveActivityIds(fixtures.disputeOf(caseId).getId()))
                .containsExactly(DisputeEscalation.Element.EVIDENCE);

        assertThat(http.postJson(path, "integration",
                "{\"responsibleParty\":\"SELLER\",\"refundAmount\":99.50,\"penalty\":\"扣2分\"}").statusCode()).isEqualTo(202);
        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("99.50"));
        assertThat(penalties.ofCase(caseId)).hasSize(1);
        JsonNode closed = json.readTree(http.get("/api/cases/" + caseId, "manager1").body());
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("DISPUTE_SELLER_LIABLE");
        assertThat(closed.get("refunds").get(0).get("amount").decimalValue()).isEqualByComparingTo("99.50");
        assertThat(http.postJson(path, "integration", "{\"responsibleParty\":\"SELLER\"}").statusCode()).isEqualTo(409);
        assertThat(http.postJson("/api/cases/" + caseId + "/disputes", "integration",
                "{\"openedBy\":\"BUYER\",\"reason\":\"x\"}").statusCode()).isEqualTo(409);
    }

    /** An ineligible no-reason return, closed by the agent: the buyer may still complain to the platform. */
    private String closedAsNotEligible() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20), "七天无理由退货");
        fixtures.completeTask(caseId, Map.of("orderVerified", true));
        fixtures.completeTask(caseId, Map.of("issueType", "NO_REASON_RETURN", "evidenceProvided", true));
        fixtures.completeTask(caseId, Map.of("alternativeDecision", "CLOSE_NOT_ELIGIBLE"));
        return caseId;
    }

    @Test
    void aDisputeWithinFifteenDaysOfClosingReopensTheCaseAndItsVerdictRefundsOnce() throws Exception {
        String caseId = closedAsNotEligible();
        fixtures.advance(Duration.ofDays(3));
        assertThat(http.postJson("/api/cases/" + caseId + "/disputes", "integration",
                "{\"openedBy\":\"BUYER\",\"reason\":\"买家投诉到平台\"}").statusCode()).isEqualTo(202);
        JsonNode reopened = json.readTree(http.get("/api/cases/" + caseId, "lead1").body());
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("step").asText()).isEqualTo("DISPUTE");

        fixtures.advance(deadlines.disputeAttempt().plus(Duration.ofMinutes(1)));
        fixtures.runDueJobs(caseId);
        String verdict = "{\"responsibleParty\":\"SELLER\",\"penalty\":\"扣2分\"}";
        assertThat(http.postJson("/api/cases/" + caseId + "/platform-verdict", "integration", verdict).statusCode())
                .isEqualTo(202);
        fixtures.runDueJobs(caseId);
        assertThat(http.postJson("/api/cases/" + caseId + "/platform-verdict", "integration", verdict).statusCode())
                .isEqualTo(409);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("459.00"));
        JsonNode closed = json.readTree(http.get("/api/cases/" + caseId, "manager1").body());
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("DISPUTE_SELLER_LIABLE");
    }

    @Test
    void aDisputeSixteenDaysAfterClosingIsRefusedWithTheReason() throws Exception {
        String caseId = closedAsNotEligible();
        fixtures.advance(Duration.ofDays(16));
        HttpResponse<String> late = http.postJson("/api/cases/" + caseId + "/disputes", "integration",
                "{\"openedBy\":\"BUYER\",\"reason\":\"太晚了\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json.readTree(late.body()).get("detail").asText()).contains("closed more than 15 days ago");
        JsonNode unchanged = json.readTree(http.get("/api/cases/" + caseId, "lead1").body());
        assertThat(unchanged.get("status").asText()).isEqualTo("CLOSED");
        assertThat(unchanged.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
    }

    @Test
    void aReviewIsPostedReadAndRevisedOnce() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String body = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"rating\":\"NEGATIVE\",\"text\":\"裂了\"}"
                .formatted(order.orderId(), order.buyerId());
        HttpResponse<String> created = http.postJson("/api/reviews", "integration", body, "Idempotency-Key", "rv-" + order.orderId());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode view = json.readTree(created.body());
        String reviewId = view.get("reviewId").asText();
        assertThat(reviewId).matches("RV-\\d{8}-[2-9A-Z]{8}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/reviews/" + reviewId);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("openDeadlines")).hasSize(2);

        HttpResponse<String> repeated = http.postJson("/api/reviews", "integration", body, "Idempotency-Key", "rv-" + order.orderId());
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(json.readTree(repeated.body()).get("reviewId").asText()).isEqualTo(reviewId);
        assertThat(json.readTree(http.get("/api/reviews/" + reviewId, "lead1").body()).get("text").asText()).isEqualTo("裂了");
        assertThat(http.get("/api/reviews/RV-20260101-NOPE2345", "lead1").statusCode()).isEqualTo(404);
        // a review runs under its own id: that is no case, whose tasks could be asked for
        assertThat(http.get("/api/cases/" + reviewId + "/tasks", "lead1").statusCode()).isEqualTo(404);

        String revision = "/api/reviews/" + reviewId + "/revision";
        assertThat(errors(http.postJson(revision, "integration", "{\"rating\":\"EXCELLENT\"}")).has("rating")).isTrue();
        assertThat(http.postJson(revision, "integration", "{\"rating\":\"POSITIVE\"}").statusCode()).isEqualTo(202);
        assertThat(http.postJson(revision, "integration", "{\"rating\":\"POSITIVE\"}").statusCode()).isEqualTo(409);
        JsonNode revised = json.readTree(http.get("/api/reviews/" + reviewId, "manager1").body());
        assertThat(revised.get("status").asText()).isEqualTo("CLOSED");
        assertThat(revised.get("revised").asBoolean()).isTrue();
        assertThat(revised.get("revisedRating").asText()).isEqualTo("POSITIVE");
    }

    @Test
    void aBadReviewIsRefusedAndStartsNothing() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("review-remediation").count();

        JsonNode positive = errors(http.postJson("/api/reviews", "integration",
                "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"rating\":\"POSITIVE\",\"text\":\"好\"}"
                        .formatted(order.orderId(), order.buyerId())));
        assertThat(positive.get("rating").asText()).contains("NEUTRAL", "NEGATIVE");
        JsonNode notTheBuyers = errors(http.postJson("/api/reviews", "integration",
                "{\"orderId\":\"%s\",\"buyerId\":\"someone-else\",\"rating\":\"NEUTRAL\",\"text\":\"一般\"}"
                        .formatted(order.orderId())));
        assertThat(notTheBuyers.get("orderId").asText()).contains("not in the order system");
        JsonNode missing = errors(http.postJson("/api/reviews", "integration", "{\"rating\":\"NEUTRAL\"}"));
        assertThat(missing.has("orderId") && missing.has("buyerId") && missing.has("text")).isTrue();
        assertThat(http.postJson("/api/reviews", "agent1", "{}").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/reviews", "integration", "{\"rating\":").statusCode()).isEqualTo(400);

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("review-remediation").count())
                .isEqualTo(before);
    }
}
