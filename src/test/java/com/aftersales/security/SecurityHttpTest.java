package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what, over real HTTP. */
@AfterSalesTest
class SecurityHttpTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.RuntimeService engineRuntime;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases", "/api/cases/AS-1", "/api/reviews/RV-1", "/engine-rest/task", "/engine-rest/process-definition",
            "/v3/api-docs", "/actuator/health"})
    void nothingAnswersWithoutCredentials(String path) {
        assertThat(http.get(path, null).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases", "/engine-rest/task"})
    void wrongPasswordsAreRefused(String path) {
        // a user of its own: Camunda delays further logins of a user after a wrong password
        String user = "pwcheck" + Math.abs(path.hashCode());
        if (identity.createUserQuery().userId(user).count() == 0) {
            var newUser = identity.newUser(user);
            newUser.setPassword("right-password");
            identity.saveUser(newUser);
            identity.createMembership(user, Groups.AGENTS);
        }
        assertThat(http.get(path, user, "not-the-password").statusCode()).isEqualTo(401);
        assertThat(http.get(path, "nobody", "nobody").statusCode()).isEqualTo(401);
    }

    /**
     * Camunda throttles logins per user (loginDelayBase 3 s, doubling up to loginDelayMaxTime 60 s; locked after
     * loginMaxAttempts 10 wrong passwords until an administrator unlocks the user): a wrong password delays that
     * user, even with the right password, and nobody else.
     */
    @Test
    void aWrongPasswordDelaysThatUserAndNoOneElse() {
        String suffix = Long.toString(System.nanoTime(), 36);
        for (String user : List.of("victim" + suffix, "bystander" + suffix)) {
            var newUser = identity.newUser(user);
            newUser.setPassword("right-password");
            identity.saveUser(newUser);
            identity.createMembership(user, Groups.AGENTS);
        }
        String victim = "victim" + suffix;
        String bystander = "bystander" + suffix;
        assertThat(http.get("/api/cases?buyerId=x", victim, "wrong-password").statusCode()).isEqualTo(401);
        // within the delay even the right password is refused, on both doors
        assertThat(http.get("/api/cases?buyerId=x", victim, "right-password").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task/count", victim, "right-password").statusCode()).isEqualTo(401);
        // another user is not affected
        assertThat(http.get("/api/cases?buyerId=x", bystander, "right-password").statusCode()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task/count", bystander, "right-password").statusCode()).isEqualTo(200);
    }

    /** The engine-REST message without the variables the model needs: never a 500, nothing started. */
    @Test
    void aMessageWithoutTheModelsVariablesIsRefusedNot500() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String message = "{\"messageName\":\"ReviewPosted\",\"processVariables\":{\"orderId\":{\"value\":\""
                + order.orderId() + "\"},\"buyerId\":{\"value\":\"" + order.buyerId() + "\"}}}";
        long before = engineRuntime.createProcessInstanceQuery().count();

        assertThat(http.postJson("/engine-rest/message", "integration", message).statusCode()).isEqualTo(403);
        HttpResponse<String> asAdmin = http.postJson("/engine-rest/message", "admin", message);
        assertThat(asAdmin.statusCode()).as(asAdmin.body()).isBetween(400, 499);
        assertThat(asAdmin.body()).doesNotContain("\tat ");
        assertThat(engineRuntime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void anUnauthenticatedDomainCallGetsAProblemAndNoStackTrace() throws Exception {
        HttpResponse<String> response = http.get("/api/cases/AS-1", null);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"after-sales\"");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anAgentCannotCreateUsers() {
        HttpResponse<String> response = http.postJson("/engine-rest/user/create", "agent1",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-pw\"}}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("CREATE").contains("User");
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void theIntegrationUserSeesNoTasksWhileAgentsSeeTheirGroupsTasks() throws Exception {
        fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");

        JsonNode agentTasks = json.readTree(http.get("/engine-rest/task", "agent1").body());
        assertThat(agentTasks).isNotEmpty();
        assertThat(json.readTree(http.get("/engine-rest/task", "integration").body())).isEmpty();
        assertThat(json.readTree(http.get("/engine-rest/task/count", "integration").body()).get("count").asInt()).isZero();
        // the warehouse sees its own work only (inspections, shipments), none of the agents' tasks
        assertThat(json.readTree(http.get("/engine-rest/task?maxResults=1000", "warehouse1").body()))
                .extracting(task -> task.get("taskDefinitionKey").asText())
                .allMatch(key -> java.util.Set.of("user_inspect_return", "user_ship_item", "user_arrange_repair", "user_ship_urged")
                        .contains(key));
    }

    @Test
    void theIntegrationUserReadsNoUsersAndCannotUseAdmin() throws Exception {
        // a user reads its own profile, and no one else's
        assertThat(json.readTree(http.get("/engine-rest/user", "integration").body()))
                .extracting(user -> user.get("id").asText()).containsExactly("integration");
        assertThat(http.webappLogin("admin", "integration", "integration")).isEqualTo(403);
        assertThat(http.webappLogin("tasklist", "integration", "integration")).isEqualTo(403);
        assertThat(http.webappLogin("admin", "agent1", "agent1")).isEqualTo(403);
        assertThat(http.webappLogin("tasklist", "agent1", "agent1")).isEqualTo(200);
        assertThat(http.webappLogin("cockpit", "manager1", "manager1")).isEqualTo(200);
        assertThat(http.webappLogin("admin", "admin", "admin")).isEqualTo(200);
    }

    @Test
    void theIntegrationUserReadsTheCaseItOpenedButNoStaffData() {
        String body = "{\"orderId\":\"TB20261002\",\"buyerId\":\"buyer-002\",\"channel\":\"PLATFORM\","
                + "\"description\":\"清洗粉结块\"}";
        HttpResponse<String> created = http.postJson("/api/cases", "integration", body);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        // a chat system shows the buyer their case
        assertThat(http.get(location, "integration").statusCode()).isEqualTo(200);
        assertThat(http.get(location + "/messages", "integration").statusCode()).isEqualTo(200);
        assertThat(http.get("/engine-rest/group", "integration").body()).doesNotContain("after-sales-agents");
        assertThat(http.get(location, "agent1").statusCode()).isEqualTo(200);
        assertThat(http.get(location, "manager1").statusCode()).isEqualTo(200);
        assertThat(http.get(location, "warehouse1").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/cases", "agent1", body).statusCode()).isEqualTo(403);
    }

    @Test
    void anAgentWorksTheTasksOfferedToTheAgents() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动牙刷 electric toothbrush", "129.00", 2), "刷头松动");
        Task verify = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();

        assertThat(http.postJson("/engine-rest/task/" + verify.getId() + "/claim", "agent1", "{\"userId\":\"agent1\"}")
                .statusCode()).isEqualTo(204);
        assertThat(http.postJson("/engine-rest/task/" + verify.getId() + "/complete", "agent1",
                "{\"variables\":{\"orderVerified\":{\"value\":true}}}").statusCode()).isEqualTo(204);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getTaskDefinitionKey())
                .isEqualTo("user_confirm_problem");
    }

    @Test
    void anAgentNeitherSeesNorWorksATeamLeadsTaskWhileALeadDoes() throws Exception {
        String caseId = fixtures.confirmedCase("运动鞋 running shoes", "459.00", "NOT_AS_DESCRIBED");
        fixtures.completeTask(caseId, java.util.Map.of("resolution", "PARTIAL_REFUND", "compensationAmount", 30.00));
        Task approval = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("user_approve_compensation");
        String path = "/engine-rest/task/" + approval.getId();

        assertThat(http.get(path, "agent1").statusCode()).isEqualTo(404);
        assertThat(json.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "agent1").body())).isEmpty();
        HttpResponse<String> claim = http.postJson(path + "/claim", "agent1", "{\"userId\":\"agent1\"}");
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(claim.body()).contains("AuthorizationException").contains("agent1");
        HttpResponse<String> complete = http.postJson(path + "/complete", "agent1",
                "{\"variables\":{\"compensationApproved\":{\"value\":true}}}");
        assertThat(complete.statusCode()).isEqualTo(403);
        assertThat(complete.body()).doesNotContain("\tat ");
        Task unchanged = tasks.createTaskQuery().taskId(approval.getId()).singleResult();
        assertThat(unchanged).isNotNull();
        assertThat(unchanged.getAssignee()).isNull();

        assertThat(http.postJson(path + "/claim", "lead1", "{\"userId\":\"lead1\"}").statusCode()).isEqualTo(204);
        assertThat(http.postJson(path + "/complete", "lead1", "{\"variables\":{\"compensationApproved\":{\"value\":true}}}")
                .statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getTaskDefinitionKey())
                .isEqualTo("user_negotiate");
    }
}
