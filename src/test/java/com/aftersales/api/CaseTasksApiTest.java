package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/cases/{caseId}/tasks: a case's open tasks, as the engine's authorizations let the caller see them. */
@AfterSalesTest
class CaseTasksApiTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void anAgentGetsTheSameTasksAsFromEngineRestsBusinessKeyQuery() throws Exception {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");

        JsonNode tasks = json.readTree(http.get("/api/cases/" + caseId + "/tasks", "agent1").body());
        JsonNode engineRest = json.readTree(
                http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "agent1").body());

        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("user_verify_order");
        assertThat(tasks.get(0).get("id").asText()).isEqualTo(engineRest.get(0).get("id").asText());
        assertThat(tasks.get(0).get("name").asText()).isEqualTo(engineRest.get(0).get("name").asText());
        assertThat(tasks.get(0).get("processInstanceId").asText()).isEqualTo(engineRest.get(0).get("processInstanceId").asText());
        assertThat(tasks.get(0).has("created")).isTrue();
        // the warehouse works other tasks: it sees none of this case's
        assertThat(json.readTree(http.get("/api/cases/" + caseId + "/tasks", "warehouse1").body())).isEmpty();
    }

    @Test
    void aTeamLeadsTaskIsShownToTheLeadNotToTheAgent() throws Exception {
        String caseId = fixtures.confirmedCase("运动鞋 running shoes", "459.00", "NOT_AS_DESCRIBED");
        fixtures.completeTask(caseId, Map.of("resolution", "PARTIAL_REFUND", "compensationAmount", 30.00));

        assertThat(json.readTree(http.get("/api/cases/" + caseId + "/tasks", "agent1").body())).isEmpty();
        JsonNode leads = json.readTree(http.get("/api/cases/" + caseId + "/tasks", "lead1").body());
        assertThat(leads).extracting(task -> task.get("taskDefinitionKey").asText())
                .containsExactly("user_approve_compensation");
    }

    @Test
    void unknownCasesStrangersAndIntegratorsAreRefused() {
        assertThat(http.get("/api/cases/AS-NOPE/tasks", "agent1").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/cases/AS-NOPE/tasks", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/cases/AS-NOPE/tasks", "integration").statusCode()).isEqualTo(403);
    }
}
