package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.casefile.CaseViews;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code Idempotency-Key} on every POST under {@code /api}: the first answer again, per user, never a 409 for a retry. */
@AfterSalesTest
class IdempotencyTest {

    private static final String SECOND_INTEGRATOR = "chat-system";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired CaseViews cases;
    @Autowired IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        if (identity.createUserQuery().userId(SECOND_INTEGRATOR).count() == 0) {
            var user = identity.newUser(SECOND_INTEGRATOR);
            user.setPassword(SECOND_INTEGRATOR);
            identity.saveUser(user);
            identity.createMembership(SECOND_INTEGRATOR, Groups.INTEGRATIONS);
        }
    }

    private static String caseBody(Fixtures.Order order, String description) {
        return "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"%s\"}"
                .formatted(order.orderId(), order.buyerId(), description);
    }

    @Test
    void theSameKeyAndBodyGetTheFirstAnswerAgainStatusIncluded() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        HttpResponse<String> first = http.postJson("/api/cases", "integration", caseBody(order, "裂了"),
                "Idempotency-Key", "same-" + order.orderId());
        HttpResponse<String> again = http.postJson("/api/cases", "integration", caseBody(order, "裂了"),
                "Idempotency-Key", "same-" + order.orderId());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(cases.search(order.buyerId(), null, 10)).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String key = "other-" + order.orderId();
        assertThat(http.postJson("/api/cases", "integration", caseBody(order, "裂了"), "Idempotency-Key", key)
                .statusCode()).isEqualTo(201);
        HttpResponse<String> other = http.postJson("/api/cases", "integration", caseBody(order, "还是裂了"),
                "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(other.body()).get("type").asText())
                .isEqualTo("https://aftersales.example/problems/idempotency-key-reused");
        assertThat(cases.search(order.buyerId(), null, 10)).hasSize(1);
    }

    @Test
    void keysAreScopedToTheCallingUser() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String key = "shared-" + order.orderId();
        HttpResponse<String> mine = http.postJson("/api/cases", "integration", caseBody(order, "裂了"),
                "Idempotency-Key", key);
        HttpResponse<String> theirs = http.postJson("/api/cases", SECOND_INTEGRATOR, caseBody(order, "裂了"),
                "Idempotency-Key", key);

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json.readTree(theirs.body()).get("caseId")).isNotEqualTo(json.readTree(mine.body()).get("caseId"));
        assertThat(cases.search(order.buyerId(), null, 10)).hasSize(2);
    }

    @Test
    void aRetriedEventThatTookEffectAnswersAsTheFirstTimeNever409() throws Exception {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");
        String path = "/api/cases/" + caseId + "/disputes";
        String body = "{\"openedBy\":\"BUYER\",\"reason\":\"买家投诉\"}";

        HttpResponse<String> first = http.postJson(path, "integration", body, "Idempotency-Key", "dispute-" + caseId);
        HttpResponse<String> retried = http.postJson(path, "integration", body, "Idempotency-Key", "dispute-" + caseId);
        HttpResponse<String> withoutKey = http.postJson(path, "integration", body);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retried.statusCode()).isEqualTo(202);
        // without a key a second dispute is a second event, and the case has one already
        assertThat(withoutKey.statusCode()).isEqualTo(409);
        JsonNode view = json.readTree(http.get("/api/cases/" + caseId, "lead1").body());
        assertThat(view.get("step").asText()).isEqualTo("DISPUTE");
    }

    @Test
    void aRefusedRequestIsNotKeptSoItMayBeCorrectedUnderTheSameKey() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String key = "fix-" + order.orderId();
        HttpResponse<String> wrong = http.postJson("/api/cases", "integration",
                "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"FAX\",\"description\":\"裂了\"}"
                        .formatted(order.orderId(), order.buyerId()), "Idempotency-Key", key);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(http.postJson("/api/cases", "integration", caseBody(order, "裂了"), "Idempotency-Key", key)
                .statusCode()).isEqualTo(201);
    }
}
