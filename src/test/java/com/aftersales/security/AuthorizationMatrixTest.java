package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, group by group, over real HTTP: every engine-REST write that matters and every {@code /api}
 * call, each with the groups allowed to make it. A group is allowed when the call is not refused ({@code 401},
 * {@code 403}, or {@code 404} for what the group may not even see); no call may answer {@code 5xx}. A group of
 * the engine or an {@code /api} endpoint without a row here fails the test, so a new one is decided, not
 * inherited.
 */
@AfterSalesTest
class AuthorizationMatrixTest {

    /** One user per group (the demo users). */
    static final Map<String, String> USER_OF = new LinkedHashMap<>();

    static {
        USER_OF.put(Groups.AGENTS, "agent1");
        USER_OF.put(Groups.TEAM_LEADS, "lead1");
        USER_OF.put(Groups.MANAGERS, "manager1");
        USER_OF.put(Groups.WAREHOUSE, "warehouse1");
        USER_OF.put(Groups.FINANCE, "finance1");
        USER_OF.put(Groups.INTEGRATIONS, "integration");
        USER_OF.put(Groups.ADMINS, "admin");
    }

    private static final Set<String> ADMINS = Set.of(Groups.ADMINS);
    private static final Set<String> NOBODY_BUT_ADMINS = ADMINS;
    private static final Set<String> CASE_READERS = Set.of(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS,
            Groups.INTEGRATIONS);
    private static final Set<String> STAFF_READERS = Set.of(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS);
    private static final Set<String> INTEGRATORS = Set.of(Groups.INTEGRATIONS);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /**
     * A case waiting at verification: its instance, its first task (the agents'), a timer job, and an incident
     * of a kind the engine cannot resolve by a retry (a custom one: {@code DELETE /incident/{id}} refuses failed jobs).
     */
    record Target(String caseId, String instance, String task, String job, String incident) {
    }

    /** One call: method, path (with {caseId}, {instance}, {task}, {job}) and body. */
    record Call(String name, String method, Function<Target, String> path, String body, Set<String> allowed) {
    }

    static Call call(String name, String method, Function<Target, String> path, String body, Set<String> allowed) {
        return new Call(name, method, path, body, allowed);
    }

    static final List<Call> ENGINE_REST_WRITES = List.of(
            call("set an instance variable", "PUT", t -> "/engine-rest/process-instance/" + t.instance()
                    + "/variables/refundAmount", "{\"value\":9999,\"type\":\"Double\"}", NOBODY_BUT_ADMINS),
            call("modify instance variables", "POST", t -> "/engine-rest/process-instance/" + t.instance() + "/variables",
                    "{\"modifications\":{\"orderId\":{\"value\":\"TB0\"},\"buyerId\":{\"value\":\"b\"}}}",
                    NOBODY_BUT_ADMINS),
            call("delete an instance variable", "DELETE", t -> "/engine-rest/process-instance/" + t.instance()
                    + "/variables/orderId", null, NOBODY_BUT_ADMINS),
            call("set a resolution on the instance", "PUT", t -> "/engine-rest/process-instance/" + t.instance()
                    + "/variables/resolution", "{\"value\":\"REFUND_ONLY\"}", NOBODY_BUT_ADMINS),
            call("set an execution variable", "PUT", t -> "/engine-rest/execution/" + t.instance()
                    + "/localVariables/refundAmount", "{\"value\":9999}", NOBODY_BUT_ADMINS),
            call("modify execution variables", "POST", t -> "/engine-rest/execution/" + t.instance()
                    + "/localVariables", "{\"modifications\":{\"orderId\":{\"value\":\"TB0\"}}}", NOBODY_BUT_ADMINS),
            call("set a task variable", "PUT", t -> "/engine-rest/task/" + t.task() + "/variables/refundAmount",
                    "{\"value\":9999}", NOBODY_BUT_ADMINS),
            call("modify task local variables", "POST", t -> "/engine-rest/task/" + t.task() + "/localVariables",
                    "{\"modifications\":{\"orderId\":{\"value\":\"TB0\"}}}", NOBODY_BUT_ADMINS),
            call("delete a task variable", "DELETE", t -> "/engine-rest/task/" + t.task() + "/variables/orderId", null,
                    NOBODY_BUT_ADMINS),
            call("correlate a message", "POST", t -> "/engine-rest/message",
                    "{\"messageName\":\"DisputeOpened\",\"businessKey\":\"%s\",\"processVariables\":{"
                            + "\"disputeOpenedBy\":{\"value\":\"BUYER\"},\"disputeReason\":{\"value\":\"x\"}}}",
                    NOBODY_BUT_ADMINS),
            call("send a signal", "POST", t -> "/engine-rest/signal", "{\"name\":\"anything\"}", NOBODY_BUT_ADMINS),
            call("modify an instance", "POST", t -> "/engine-rest/process-instance/" + t.instance() + "/modification",
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"user_verify_order\"}]}", NOBODY_BUT_ADMINS),
            call("suspend an instance", "PUT", t -> "/engine-rest/process-instance/" + t.instance() + "/suspended",
                    "{\"suspended\":true}", NOBODY_BUT_ADMINS),
            call("delete an instance", "DELETE", t -> "/engine-rest/process-instance/" + t.instance(), null,
                    NOBODY_BUT_ADMINS),
            call("suspend a process definition", "PUT", t -> "/engine-rest/process-definition/key/after-sales-case"
                    + "/suspended", "{\"suspended\":false,\"includeProcessInstances\":false}", NOBODY_BUT_ADMINS),
            call("set job retries", "PUT", t -> "/engine-rest/job/" + t.job() + "/retries", "{\"retries\":3}",
                    Set.of(Groups.FINANCE, Groups.ADMINS)),
            // Camunda checks an incident's annotation and resolution as an instance update (UPDATE, which also sets
            // variables): no fine-grained permission allows them alone, so finance resolves incidents by retrying the
            // failed job (the only incidents the application raises) and the rest stays with the administrators
            call("annotate an incident", "PUT", t -> "/engine-rest/incident/" + t.incident() + "/annotation",
                    "{\"annotation\":\"bank called back\"}", NOBODY_BUT_ADMINS),
            call("resolve a custom incident", "DELETE", t -> "/engine-rest/incident/" + t.incident(), null,
                    NOBODY_BUT_ADMINS),
            call("execute a job", "POST", t -> "/engine-rest/job/" + t.job() + "/execute", null, NOBODY_BUT_ADMINS),
            call("start a case past the domain API", "POST", t -> "/engine-rest/process-definition/key/after-sales-case"
                    + "/start", "{\"businessKey\":\"AS-ENGINE-REST\"}", Set.of(Groups.AGENTS, Groups.TEAM_LEADS,
                    Groups.ADMINS)),
            call("claim a task", "POST", t -> "/engine-rest/task/" + t.task() + "/claim", "{\"userId\":\"%u\"}",
                    Set.of(Groups.AGENTS, Groups.TEAM_LEADS, Groups.ADMINS)),
            call("reassign a task", "POST", t -> "/engine-rest/task/" + t.task() + "/assignee",
                    "{\"userId\":\"agent2\"}", Set.of(Groups.TEAM_LEADS, Groups.ADMINS)),
            call("complete a task", "POST", t -> "/engine-rest/task/" + t.task() + "/complete",
                    "{\"variables\":{\"orderVerified\":{\"value\":true}}}",
                    Set.of(Groups.AGENTS, Groups.TEAM_LEADS, Groups.ADMINS)),
            call("create a task", "POST", t -> "/engine-rest/task/create", "{\"id\":\"%r\",\"name\":\"side work\"}",
                    NOBODY_BUT_ADMINS),
            call("create a user", "POST", t -> "/engine-rest/user/create",
                    "{\"profile\":{\"id\":\"%r\"},\"credentials\":{\"password\":\"a-password-1\"}}", NOBODY_BUT_ADMINS),
            call("create a group", "POST", t -> "/engine-rest/group/create", "{\"id\":\"%r\",\"name\":\"g\"}",
                    NOBODY_BUT_ADMINS),
            call("create an authorization", "POST", t -> "/engine-rest/authorization/create",
                    "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"%u\",\"resourceType\":8,\"resourceId\":\"*\"}",
                    NOBODY_BUT_ADMINS),
            call("create a filter", "POST", t -> "/engine-rest/filter/create",
                    "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}", NOBODY_BUT_ADMINS),
            call("deploy a model", "POST", t -> "/engine-rest/deployment/create", "DEPLOYMENT", NOBODY_BUT_ADMINS));

    static final List<Call> API_CALLS = List.of(
            call("open a case", "POST", t -> "/api/cases", "CASE", INTEGRATORS),
            call("report a return shipment", "POST", t -> "/api/cases/AS-20260101-NOPE2345/return-shipment",
                    "{\"carrier\":\"SF\",\"trackingNumber\":\"SF1\"}", INTEGRATORS),
            call("report a dispute", "POST", t -> "/api/cases/AS-20260101-NOPE2345/disputes",
                    "{\"openedBy\":\"BUYER\",\"reason\":\"x\"}", INTEGRATORS),
            call("report a platform verdict", "POST", t -> "/api/cases/AS-20260101-NOPE2345/platform-verdict",
                    "{\"responsibleParty\":\"BUYER\"}", INTEGRATORS),
            call("report a review", "POST", t -> "/api/reviews", "REVIEW", INTEGRATORS),
            call("report a revised review", "POST", t -> "/api/reviews/RV-20260101-NOPE2345/revision",
                    "{\"rating\":\"POSITIVE\"}", INTEGRATORS),
            call("send a failed message again", "POST", t -> "/api/messages/999999999/resend", null,
                    Set.of(Groups.MANAGERS, Groups.ADMINS)),
            call("read a case", "GET", t -> "/api/cases/" + t.caseId(), null, CASE_READERS),
            call("search cases", "GET", t -> "/api/cases?buyerId=buyer-001", null, CASE_READERS),
            call("read a case's messages", "GET", t -> "/api/cases/" + t.caseId() + "/messages", null, CASE_READERS),
            call("read a review", "GET", t -> "/api/reviews/RV-20260101-NOPE2345", null, CASE_READERS),
            // the timeline names the staff who worked the case: for staff only, never for integrators
            call("read a case's timeline", "GET", t -> "/api/cases/" + t.caseId() + "/timeline", null, STAFF_READERS),
            // the staff who work tasks look up a case's; the engine's authorizations pick which tasks they see
            call("read a case's open tasks", "GET", t -> "/api/cases/" + t.caseId() + "/tasks", null,
                    Set.of(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS, Groups.WAREHOUSE, Groups.FINANCE)),
            // agent1 for themself, a team lead for the team; AVAILABLE, so that routing stays as the other tests expect
            call("set an agent's availability", "PUT", t -> "/api/agents/agent1/availability",
                    "{\"status\":\"AVAILABLE\"}", Set.of(Groups.AGENTS, Groups.TEAM_LEADS)),
            call("read an agent's availability", "GET", t -> "/api/agents/agent1/availability", null,
                    Set.of(Groups.AGENTS, Groups.TEAM_LEADS)),
            // the order system puts its orders and reports their parcels; who works or watches cases reads them
            call("put an order", "PUT", t -> "/api/orders/TB-MATRIX-1",
                    "{\"buyerId\":\"buyer-matrix\",\"itemName\":\"手机壳 phone case\",\"paidAmount\":39.00}",
                    INTEGRATORS),
            call("report a logistics event", "POST", t -> "/api/orders/TB-NOPE-2345/logistics-events",
                    "{\"type\":\"SHIPPED\",\"carrier\":\"SF\",\"trackingNumber\":\"SF1\","
                            + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}", INTEGRATORS),
            call("read an order", "GET", t -> "/api/orders/TB20261001", null, CASE_READERS),
            call("read the OpenAPI description", "GET", t -> "/v3/api-docs", null, Set.copyOf(USER_OF.keySet())),
            call("read the health", "GET", t -> "/actuator/health", null, Set.of(Groups.MANAGERS, Groups.ADMINS)),
            // /actuator/prometheus: tests switch metrics export off; StartupTest scrapes it in production mode
            call("read the build info", "GET", t -> "/actuator/info", null, Set.of(Groups.MANAGERS, Groups.ADMINS)));

    /** The {@code /api} endpoints the matrix decides, as {@code METHOD pattern}. */
    static final Set<String> API_ENDPOINTS = Set.of(
            "POST /api/cases", "POST /api/cases/{caseId}/return-shipment", "POST /api/cases/{caseId}/disputes",
            "POST /api/cases/{caseId}/platform-verdict", "POST /api/reviews", "POST /api/reviews/{reviewId}/revision",
            "GET /api/cases/{caseId}", "GET /api/cases", "GET /api/cases/{caseId}/messages", "GET /api/reviews/{reviewId}",
            "POST /api/messages/{messageId}/resend", "GET /api/cases/{caseId}/timeline", "GET /api/cases/{caseId}/tasks",
            "PUT /api/agents/{userId}/availability", "GET /api/agents/{userId}/availability",
            "PUT /api/orders/{orderId}", "GET /api/orders/{orderId}", "POST /api/orders/{orderId}/logistics-events");

    @Test
    void everyGroupHasItsRow() {
        Set<String> groups = identity.createGroupQuery().list().stream().map(Group::getId)
                .filter(id -> !id.startsWith("pwcheck")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(groups).as("the engine's groups: each needs a user in this matrix").isEqualTo(new TreeSet<>(USER_OF.keySet()));
        assertThat(USER_OF.keySet()).containsExactlyInAnyOrderElementsOf(Groups.ALL);
    }

    @Test
    void everyApiEndpointHasItsRow() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method -> served.add(method.name() + " " + pattern));
                }
            }
        }
        assertThat(served).as("every /api endpoint is decided in API_CALLS / API_ENDPOINTS")
                .isEqualTo(new TreeSet<>(API_ENDPOINTS));
        Target example = new Target("AS-20260101-NOPE2345", "instance", "task", "job", "incident");
        for (String endpoint : API_ENDPOINTS) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?";
            assertThat(API_CALLS).as("a row for " + endpoint).anyMatch(call -> call.method().equals(method)
                    && call.path().apply(example).matches(pattern));
        }
    }

    @TestFactory
    Stream<DynamicTest> engineRestWrites() {
        return ENGINE_REST_WRITES.stream().map(call -> DynamicTest.dynamicTest(call.name(), () -> check(call)));
    }

    @TestFactory
    Stream<DynamicTest> domainApiCalls() {
        return API_CALLS.stream().map(call -> DynamicTest.dynamicTest(call.name(), () -> check(call)));
    }

    private void check(Call call) {
        Target target = newTarget();
        Set<String> allowed = new TreeSet<>();
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, String> group : USER_OF.entrySet()) {
            String user = group.getValue();
            HttpResponse<String> response = send(call, target, user);
            int status = response.statusCode();
            answers.add(group.getKey() + "=" + status);
            assertThat(status).as(call.name() + " as " + user + ": " + response.body()).isLessThan(500).isNotEqualTo(401);
            if (status != 403 && status != 404 || call.path().apply(target).startsWith("/api/") && status == 404) {
                allowed.add(group.getKey());
                target = newTarget(); // the call may have changed or ended the case
            }
        }
        assertThat(allowed).as(call.name() + " " + answers).isEqualTo(new TreeSet<>(call.allowed()));
    }

    private HttpResponse<String> send(Call call, Target target, String user) {
        String path = call.path().apply(target);
        String unique = "m" + Long.toString(System.nanoTime(), 36);
        if ("DEPLOYMENT".equals(call.body())) {
            return http.multipart(path, user, "deployment-name", "matrix-" + unique, "data", "matrix.bpmn",
                    "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                            + "targetNamespace=\"t\"/>");
        }
        String body = call.body();
        if ("CASE".equals(body) || "REVIEW".equals(body)) {
            Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
            body = "CASE".equals(body)
                    ? "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"裂了\"}"
                    .formatted(order.orderId(), order.buyerId())
                    : "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"rating\":\"NEGATIVE\",\"text\":\"裂了\"}"
                    .formatted(order.orderId(), order.buyerId());
        } else if (body != null) {
            body = body.replace("%s", target.caseId()).replace("%u", user).replace("%r", unique);
        }
        return http.send(call.method(), path, user, user, body);
    }

    private Target newTarget() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");
        String instance = fixtures.instanceOf(caseId).getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        Job job = management.createJobQuery().processInstanceId(instance).list().stream().findFirst().orElse(null);
        String incident = runtime.createIncident("aftersalesMatrix", task.getExecutionId(), "matrix").getId();
        return new Target(caseId, instance, task.getId(), job == null ? "no-job" : job.getId(), incident);
    }
}
