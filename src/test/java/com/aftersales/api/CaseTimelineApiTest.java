package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/cases/{caseId}/timeline} over real HTTP: for the case's agent and the leads, nothing for others. */
@AfterSalesTest
class CaseTimelineApiTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theCasesAgentSeesStepsWhoDidThemMessagesDeadlinesAndTheBuyersOtherCases() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("电饭煲 rice cooker", "299.00", 3);
        String earlier = fixtures.openCase(order, "第一次咨询");
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(earlier).singleResult().getId(), "agent1");
        fixtures.completeTask(earlier, Map.of("orderVerified", true));
        String caseId = fixtures.openCase(order, "第二次咨询");

        JsonNode timeline = json.readTree(http.get("/api/cases/" + caseId + "/timeline", "agent1").body());
        assertThat(timeline.get("caseId").asText()).isEqualTo(caseId);
        assertThat(timeline.get("agent").asText()).isEqualTo("agent1");
        assertThat(timeline.get("people").get("agent1").asText()).as("the agent by name").isEqualTo("Lin Agent 客服一");
        assertThat(timeline.get("openDeadlines")).singleElement().satisfies(deadline -> {
            assertThat(deadline.get("name").asText()).contains("10 min");
            assertThat(deadline.get("secondsLeft").asLong()).isBetween(1L, 600L);
        });
        assertThat(timeline.get("messages")).extracting(m -> m.get("phrase").asText()).contains("ACKNOWLEDGE");
        assertThat(timeline.at("/labels/Step/" + timeline.get("step").asText()).asText()).isNotBlank();
        assertThat(timeline.at("/labels/CaseStatus/OPEN").asText()).isNotBlank();
        assertThat(timeline.at("/labels/Audience/BUYER").asText()).isNotBlank();
        assertThat(timeline.get("messages")).allSatisfy(m -> assertThat(m.get("status").asText()).isEqualTo("PENDING"));
        assertThat(timeline.get("otherCases")).extracting(c -> c.get("caseId").asText()).containsExactly(earlier);

        JsonNode earlierSteps = json.readTree(http.get("/api/cases/" + earlier + "/timeline", "lead1").body()).get("steps");
        assertThat(earlierSteps).anySatisfy(step -> {
            assertThat(step.get("type").asText()).isEqualTo("userTask");
            assertThat(step.get("by").asText()).isEqualTo("agent1");
            assertThat(step.has("endedAt")).isTrue();
        });
    }

    @Test
    void anotherAgentGetsNothingNotEvenThatTheCaseExists() throws Exception {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("台灯 desk lamp", "59.00", 2), "不亮");
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId(), "agent1");

        var refused = http.get("/api/cases/" + caseId + "/timeline", "agent2");
        var unknown = http.get("/api/cases/AS-20300101-NOPE2345/timeline", "agent2");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("台灯").doesNotContain("agent1");
        assertThat(json.readTree(refused.body()).get("title")).isEqualTo(json.readTree(unknown.body()).get("title"));
        assertThat(http.get("/api/cases/" + caseId + "/timeline", "warehouse1").statusCode()).isEqualTo(403);
    }
}
