package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code PUT/GET /api/agents/{userId}/availability} over real HTTP: an agent marks themself away and their buyer's
 * next case goes to the group with a word to the team leads, at once; back again, the next case is theirs. Each
 * test has an agent of its own, so the shared engine's other tests are not routed differently.
 */
@AfterSalesTest
class AgentAvailabilityApiTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;
    private String agent;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        http = new Http(port);
        agent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(agent);
        user.setPassword(agent);
        identity.saveUser(user);
        identity.createMembership(agent, Groups.AGENTS);
    }

    @AfterEach
    void removeAgent() {
        engine.getIdentityService().deleteUser(agent);
    }

    private HttpResponse<String> put(String as, String body) {
        return http.send("PUT", path(agent), as, as, body);
    }

    private static String path(String userId) {
        return "/api/agents/" + userId + "/availability";
    }

    @Test
    void anAgentAwayGetsNoNewCaseOfTheirBuyerAndTheLeadIsToldAtOnce() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("蓝牙耳机 bluetooth earphones", "89.00", 3);
        ProcessInstance first = fixtures.instanceOf(fixtures.openCase(order, "第一次咨询"));
        engine.getTaskService().claim(task(first).getId(), agent);

        HttpResponse<String> away = put(agent, "{\"status\":\"AWAY\"}");
        assertThat(away.statusCode()).isEqualTo(200);
        assertThat(json.readTree(away.body())).isEqualTo(json.readTree(
                "{\"userId\":\"%s\",\"status\":\"AWAY\"}".formatted(agent)));
        assertThat(json.readTree(http.get(path(agent), agent).body()).get("status").asText()).isEqualTo("AWAY");

        String whileAway = fixtures.openCase(order, "第二次咨询");
        assertThat(task(fixtures.instanceOf(whileAway)).getAssignee()).isNull();
        assertThat(fixtures.outbox(whileAway)).filteredOn(m -> m.phrase() == Phrase.BUYER_AGENT_UNAVAILABLE)
                .singleElement().extracting(OutboxMessage::body).asString().contains(agent, whileAway);

        assertThat(put(agent, "{\"status\":\"AVAILABLE\"}").statusCode()).isEqualTo(200);
        String back = fixtures.openCase(order, "第三次咨询");
        assertThat(task(fixtures.instanceOf(back)).getAssignee()).isEqualTo(agent);
        assertThat(fixtures.outbox(back)).extracting(OutboxMessage::phrase)
                .doesNotContain(Phrase.BUYER_AGENT_UNAVAILABLE);
    }

    @Test
    void aTeamLeadSetsItForAnAgentAnotherAgentOrAManagerMayNot() throws Exception {
        assertThat(json.readTree(http.get(path(agent), "lead1").body()).get("status").asText()).isEqualTo("AVAILABLE");
        assertThat(put("lead1", "{\"status\":\"AWAY\"}").statusCode()).isEqualTo(200);

        for (String other : new String[] {"agent2", "manager1"}) {
            HttpResponse<String> refused = put(other, "{\"status\":\"AVAILABLE\"}");
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(http.get(path(agent), "agent2").statusCode()).isEqualTo(403);
        assertThat(http.send("PUT", path(agent), null, null, "{\"status\":\"AVAILABLE\"}").statusCode()).isEqualTo(401);
        assertThat(json.readTree(http.get(path(agent), agent).body()).get("status").asText()).isEqualTo("AWAY");
    }

    @Test
    void badInputIsNamedAndChangesNothing() throws Exception {
        assertThat(put(agent, "{\"status\":\"AWAY\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> unknown = put(agent, "{\"status\":\"ON_HOLIDAY\"}");
        assertThat(detailAt(assertProblem(unknown, 400), "/status")).contains("ON_HOLIDAY");
        assertThat(detailAt(assertProblem(put(agent, "{}"), 400), "/status")).isNotBlank();
        assertThat(detailAt(assertProblem(put(agent, "{\"status\":\"AWAY\",\"until\":\"tomorrow\"}"), 400), "/until"))
                .isNotBlank();
        assertThat(assertProblem(put(agent, "not json"), 400).has("trace")).isFalse();
        assertThat(assertProblem(http.send("PUT", path("lead1"), "lead1", "lead1", "{\"status\":\"AWAY\"}"), 404)
                .get("title").asText()).isEqualTo("Unknown agent");

        assertThat(json.readTree(http.get(path(agent), agent).body()).get("status").asText()).isEqualTo("AWAY");
        assertThat(engine.getIdentityService().getUserInfo("lead1", "availability")).isNull();
    }

    /** The detail of the problem's error at this JSON pointer of the body. */
    private static String detailAt(JsonNode problem, String pointer) {
        for (JsonNode error : problem.get("errors")) {
            if (pointer.equals(error.path("pointer").asText())) {
                return error.get("detail").asText();
            }
        }
        throw new AssertionError("no error at " + pointer + " in " + problem);
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        return json.readTree(response.body());
    }
}
