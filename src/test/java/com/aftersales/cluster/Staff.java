package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.security.Groups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people and systems that work cases in production, over HTTP only: the order system (a row in
 * {@code shop_order}), the integration client opening cases and reporting return shipments on
 * {@code /api}, an agent completing the steps' tasks on {@code /engine-rest} with the contract's form
 * fields. Production mode has no demo users, so the administrator creates them first.
 */
final class Staff {

    static final String INTEGRATION = "it-integration";
    static final String AGENT = "it-agent";
    static final String PAID = "39.00";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate orderSystem;

    Staff(JdbcTemplate orderSystem) {
        this.orderSystem = orderSystem;
    }

    /** The integration user and an agent, created by the administrator through engine REST. */
    static void hire(Node node) {
        for (var user : Map.of(INTEGRATION, Groups.INTEGRATIONS, AGENT, Groups.AGENTS).entrySet()) {
            expect(node.asAdmin("POST", "/engine-rest/user/create", """
                    {"profile":{"id":"%1$s","firstName":"Cluster","lastName":"Test","email":"%1$s@aftersales.example"},
                     "credentials":{"password":"%1$s"}}""".formatted(user.getKey())), 204);
            expect(node.asAdmin("PUT", "/engine-rest/group/" + user.getValue() + "/members/" + user.getKey(), null), 204);
        }
    }

    /**
     * A buyer's seven-day return (七天无理由) of a 39-yuan order, opened on one node and worked on the
     * other up to the point where the shop waits for the buyer to ship the goods back.
     */
    String returnAwaitingShipment(String orderId, Node openOn, Node workOn) {
        orderSystem.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, delivered_at, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", orderId, "buyer-" + orderId.toLowerCase(), "手机壳 phone case",
                new BigDecimal(PAID), Timestamp.from(Instant.now().minus(Duration.ofDays(2))), Timestamp.from(Instant.now()));
        String caseId = read(expect(openOn.http.postJson("/api/cases", INTEGRATION, """
                {"orderId":"%s","buyerId":"buyer-%s","channel":"WANGWANG","description":"不想要了 no longer wanted",
                 "requestedOutcome":"RETURN"}""".formatted(orderId, orderId.toLowerCase())), 201)).get("caseId").asText();
        complete(workOn, caseId, Element.VERIFY_ORDER, "{\"orderVerified\":{\"value\":true}}");
        complete(workOn, caseId, Element.CONFIRM_PROBLEM,
                "{\"issueType\":{\"value\":\"NO_REASON_RETURN\"},\"evidenceProvided\":{\"value\":true}}");
        complete(workOn, caseId, Element.PROPOSE_RESOLUTION,
                "{\"resolution\":{\"value\":\"RETURN_AND_REFUND\"},\"refundAmount\":{\"value\":" + PAID + ",\"type\":\"Double\"}}");
        complete(workOn, caseId, Element.NEGOTIATE, "{\"customerDecision\":{\"value\":\"ACCEPTED\"}}");
        return caseId;
    }

    /** The integration client reports the buyer's return shipment: the case waits for the warehouse's inspection. */
    void returnShipped(Node node, String caseId) {
        expect(node.http.postJson("/api/cases/" + caseId + "/return-shipment", INTEGRATION,
                "{\"carrier\":\"韵达 Yunda\",\"trackingNumber\":\"YD" + caseId.substring(caseId.length() - 8) + "\"}"), 202);
    }

    private void complete(Node node, String caseId, String taskKey, String variables) {
        JsonNode task = openTask(node, caseId);
        assertThat(task.get("taskDefinitionKey").asText()).as("the open task of %s", caseId).isEqualTo(taskKey);
        expect(node.http.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete", AGENT,
                "{\"variables\":" + variables + "}"), 204);
    }

    private JsonNode openTask(Node node, String caseId) {
        for (int attempt = 0; attempt < 50; attempt++) {
            JsonNode tasks = read(expect(node.http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, AGENT), 200));
            if (tasks.size() == 1) {
                return tasks.get(0);
            }
            Node.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("case " + caseId + " has no single open task on " + node);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
        return response;
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
