package com.aftersales.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.aftersales.support.ProblemFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The refusals the application raises through engine REST have the problem shape of {@code /api} (a {@code type}
 * URI, {@code title}, {@code status}, {@code detail}, {@code errors} naming each variable) and keep engine REST's
 * {@code message}, which Tasklist shows, as {@code application/json}; nothing changes.
 */
@AfterSalesTest
class EngineRestRefusalsTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aCompletionTheChecksRefuseNamesEachVariable() throws Exception {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");
        String instance = fixtures.instanceOf(caseId).getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

        HttpResponse<String> refused = http.postJson("/engine-rest/task/" + task + "/complete", "agent1",
                "{\"variables\":{}}");

        JsonNode problem = assertProblem(refused);
        assertThat(ProblemFields.of(problem).get("variables/orderVerified").asText())
                .isEqualTo("is required and must be true or false");
        assertThat(problem.get("message").asText()).startsWith("未能完成").doesNotContain(task);
        assertThat(problem.get("detail").asText()).contains("orderVerified: is required");
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
    }

    @Test
    void aMessageWithoutTheModelsVariablesNamesTheMissingOne() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        long before = runtime.createProcessInstanceQuery().count();

        HttpResponse<String> refused = http.postJson("/engine-rest/message", "admin",
                "{\"messageName\":\"ReviewPosted\",\"processVariables\":{\"orderId\":{\"value\":\"" + order.orderId()
                        + "\"},\"buyerId\":{\"value\":\"" + order.buyerId() + "\"}}}");

        JsonNode problem = assertProblem(refused);
        assertThat(ProblemFields.of(problem).has("processVariables/rating")).as(problem.toString()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(before);
    }

    @Test
    void aStartWithoutTheModelsVariablesIsAProblem() throws Exception {
        long before = runtime.createProcessInstanceQuery().count();

        HttpResponse<String> refused = http.postJson("/engine-rest/process-definition/key/after-sales-case/start",
                "admin", "{\"businessKey\":\"AS-REFUSED-START\"}");

        JsonNode problem = assertProblem(refused);
        assertThat(problem.get("errors")).as(problem.toString()).isNotEmpty();
        assertThat(problem.get("errors").get(0).get("pointer").asText()).as(problem.toString()).matches("/variables/\\w+");
        assertThat(runtime.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(before);
    }

    @Test
    void aDisputeOnACaseThatIsNotThereNamesTheBusinessKey() throws Exception {
        HttpResponse<String> refused = http.postJson("/engine-rest/message", "admin",
                "{\"messageName\":\"DisputeOpened\",\"businessKey\":\"AS-20260101-NOPE2345\",\"processVariables\":{"
                        + "\"disputeOpenedBy\":{\"value\":\"BUYER\"},\"disputeReason\":{\"value\":\"x\"}}}");

        JsonNode problem = assertProblem(refused);
        assertThat(ProblemFields.of(problem).has("businessKey")).as(problem.toString()).isTrue();
    }

    private JsonNode assertProblem(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://aftersales.example/problems/invalid-request");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ", "Exception");
        return problem;
    }
}
