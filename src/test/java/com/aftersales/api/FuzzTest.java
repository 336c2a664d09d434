package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeded fuzzing of every {@code POST} under {@code /api}: {@value #PER_ENDPOINT} requests per endpoint, each a
 * valid body mutated (a field removed, nulled, retyped, padded, stretched, given control characters, a key repeated,
 * content appended, bytes cut). No answer is a {@code 5xx}; every error is a problem with its type; a refused
 * request changes nothing (no case, review case or process instance appears but for the accepted ones).
 */
@AfterSalesTest
class FuzzTest {

    static final int PER_ENDPOINT = 250;
    private static final long SEED = 20261126L;
    private static final String UNKNOWN = "AS-20260101-NOPE2345";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;
    private Fixtures.Order order;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
    }

    record Endpoint(String path, String validBody, boolean creates) {
    }

    @TestFactory
    Stream<DynamicTest> noMutatedRequestIsA5xxOrLeavesATrace() {
        return Stream.of("/api/cases", "/api/cases/{c}/return-shipment", "/api/cases/{c}/disputes",
                "/api/cases/{c}/platform-verdict", "/api/reviews", "/api/reviews/{r}/revision").map(path ->
                DynamicTest.dynamicTest(path, () -> fuzz(endpoint(path))));
    }

    private Endpoint endpoint(String path) {
        return switch (path) {
            case "/api/cases" -> new Endpoint(path, """
                    {"orderId":"%s","buyerId":"%s","channel":"QQ","description":"裂了","requestedOutcome":"RETURN",
                     "evidenceUrls":["https://img.example/1.jpg"]}""".formatted(order.orderId(), order.buyerId()), true);
            case "/api/reviews" -> new Endpoint(path, """
                    {"orderId":"%s","buyerId":"%s","rating":"NEGATIVE","text":"裂了"}"""
                    .formatted(order.orderId(), order.buyerId()), true);
            case "/api/cases/{c}/return-shipment" -> new Endpoint(path.replace("{c}", UNKNOWN),
                    "{\"carrier\":\"SF\",\"trackingNumber\":\"SF123\"}", false);
            case "/api/cases/{c}/disputes" -> new Endpoint(path.replace("{c}", UNKNOWN),
                    "{\"openedBy\":\"BUYER\",\"reason\":\"投诉\"}", false);
            case "/api/cases/{c}/platform-verdict" -> new Endpoint(path.replace("{c}", UNKNOWN),
                    "{\"responsibleParty\":\"SELLER\",\"refundAmount\":10.50,\"penalty\":\"扣分\"}", false);
            default -> new Endpoint(path.replace("{r}", UNKNOWN.replace("AS", "RV")), "{\"rating\":\"POSITIVE\"}", false);
        };
    }

    private void fuzz(Endpoint endpoint) throws Exception {
        Random random = new Random(SEED ^ endpoint.path().hashCode());
        long before = traces();
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < PER_ENDPOINT; i++) {
            String body = mutate(endpoint.validBody(), random);
            HttpResponse<String> response = http.postJson(endpoint.path(), "integration", body);
            int status = response.statusCode();
            if (status >= 500) {
                failures.add(status + " for " + body + ": " + response.body());
            } else if (status >= 400) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                JsonNode problem = type.startsWith("application/problem+json") ? json.readTree(response.body()) : null;
                if (problem == null || !problem.path("type").asText().startsWith("https://aftersales.example/problems/")
                        || problem.path("status").asInt() != status) {
                    failures.add(status + " without a problem for " + body + ": " + response.body());
                }
            } else if (endpoint.creates()) {
                accepted++;
            }
        }
        assertThat(failures).as(endpoint.path()).isEmpty();
        // an accepted creation leaves its row and its process instance; nothing else leaves anything
        assertThat(traces() - before).as("rows and instances left by refused requests").isEqualTo(2L * accepted);
    }

    private long traces() {
        return jdbc.queryForObject("select count(*) from after_sales_case", Long.class)
                + jdbc.queryForObject("select count(*) from review_case", Long.class)
                + runtime.createProcessInstanceQuery().count()
                - runtime.createProcessInstanceQuery().processDefinitionKey("dispute-escalation").count();
    }

    private String mutate(String valid, Random random) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(valid);
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode value = body.get(field);
        String text = value.isTextual() ? value.asText() : value.toString();
        switch (random.nextInt(22)) {
            case 0 -> body.remove(field);
            case 1 -> body.putNull(field);
            case 2 -> body.put(field, "");
            case 3 -> body.put(field, random.nextInt(1000) - 500);
            case 4 -> body.put(field, "10.50");
            case 5 -> body.put(field, random.nextBoolean());
            case 6 -> body.set(field, nodes.arrayNode().add(text));
            case 7 -> body.set(field, nodes.objectNode().put("value", text));
            case 8 -> body.put(field, text.repeat(1 + random.nextInt(3000 / Math.max(1, text.length()))));
            case 9 -> body.put(field, text + "\u0000");
            case 10 -> body.put(field, text + (char) (1 + random.nextInt(31)));
            case 11 -> body.put(field, text + "\ud800");
            case 12 -> body.put(field, " " + text + " ");
            case 13 -> body.put(field, text.toLowerCase());
            case 14 -> body.put(field, 1e300 * random.nextDouble());
            case 15 -> body.put(field, new java.math.BigDecimal("1E+400"));
            case 16 -> body.put("unknown" + random.nextInt(10), "x");
            case 17 -> {
                return body + " " + body;
            }
            case 18 -> {
                String serialized = body.toString();
                return serialized.substring(0, serialized.length() - 1) + ",\"" + field + "\":" + value + "}";
            }
            case 19 -> {
                String serialized = body.toString();
                return serialized.substring(0, random.nextInt(serialized.length()));
            }
            case 20 -> {
                char[] chars = body.toString().toCharArray();
                chars[random.nextInt(chars.length)] = (char) random.nextInt(128);
                return new String(chars);
            }
            default -> body.put(field, "\u202e" + text + "𠀋");
        }
        return body.toString();
    }
}
