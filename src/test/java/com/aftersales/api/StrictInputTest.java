package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.casefile.CaseViews;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.aftersales.support.ProblemFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inputs a fuzzer found accepted or answered with {@code 500}, each a named regression: every one is now a
 * precise {@code 4xx} problem that changes nothing.
 */
@AfterSalesTest
class StrictInputTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired CaseViews cases;
    @Autowired RuntimeService runtime;
    private final ObjectMapper json = new ObjectMapper();
    private Http http;
    private Fixtures.Order order;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
    }

    private String caseBody(String channel, String extra) {
        return "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":%s,\"description\":\"裂了\"%s}"
                .formatted(order.orderId(), order.buyerId(), channel, extra);
    }

    private JsonNode refused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://aftersales.example/problems/invalid-request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        assertThat(cases.search(order.buyerId(), null, 10)).as("nothing was opened").isEmpty();
        return problem;
    }

    @Test
    void anEmptyStringIsNotNoAmount() throws Exception {
        HttpResponse<String> response = http.postJson("/api/cases/AS-20260101-NOPE2345/platform-verdict", "integration",
                "{\"responsibleParty\":\"SELLER\",\"refundAmount\":\"\"}");
        assertThat(ProblemFields.of(refused(response)).has("refundAmount")).isTrue();
    }

    @Test
    void aNumberAsTextIsRefused() throws Exception {
        HttpResponse<String> response = http.postJson("/api/cases/AS-20260101-NOPE2345/platform-verdict", "integration",
                "{\"responsibleParty\":\"SELLER\",\"refundAmount\":\"10.50\"}");
        assertThat(ProblemFields.of(refused(response)).get("refundAmount").asText()).contains("wrong type");
    }

    @Test
    void textFromANumberIsRefused() throws Exception {
        String body = "{\"orderId\":123,\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"裂了\"}"
                .formatted(order.buyerId());
        assertThat(ProblemFields.of(refused(http.postJson("/api/cases", "integration", body))).has("orderId")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "\"QQ \"", "\" QQ\"", "\"QQ\\u0000\"", "\"qq\"", "true"})
    void anEnumIsItsExactName(String channel) throws Exception {
        assertThat(ProblemFields.of(refused(http.postJson("/api/cases", "integration", caseBody(channel, ""))))
                .has("channel")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", " {}", "{\"x\":1}", " trailing"})
    void contentAfterTheBodyIsRefused(String after) throws Exception {
        refused(http.postJson("/api/cases", "integration", caseBody("\"QQ\"", "") + after));
    }

    @Test
    void aKeyRepeatedAfterAllFieldsIsRefused() throws Exception {
        JsonNode problem = refused(http.postJson("/api/cases", "integration",
                caseBody("\"QQ\"", ",\"orderId\":\"" + order.orderId() + "\"")));
        assertThat(problem.get("detail").asText()).contains("twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\ud800", "\\udc00x"})
    void controlCharactersAndLoneSurrogatesAreRefusedInText(String character) throws Exception {
        String body = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"坏了%s\"}"
                .formatted(order.orderId(), order.buyerId(), character);
        assertThat(ProblemFields.of(refused(http.postJson("/api/cases", "integration", body))).get("description")
                .asText()).contains("contains a");
    }

    @Test
    void lineBreaksAreFineInFreeTextButNotInAnId() throws Exception {
        String body = "{\"orderId\":\"%s\",\"buyerId\":\"%s\\n\",\"channel\":\"QQ\",\"description\":\"坏了\\n电池不充电\"}"
                .formatted(order.orderId(), order.buyerId());
        assertThat(ProblemFields.of(refused(http.postJson("/api/cases", "integration", body))).has("buyerId")).isTrue();
        String fine = "{\"orderId\":\"%s\",\"buyerId\":\"%s\",\"channel\":\"QQ\",\"description\":\"坏了\\n电池不充电\"}"
                .formatted(order.orderId(), order.buyerId());
        assertThat(http.postJson("/api/cases", "integration", fine).statusCode()).isEqualTo(201);
    }

    @Test
    void aNonAsciiIdempotencyKeyIsBadInput() throws Exception {
        // sent as raw UTF-8 bytes, as the fuzzer did (Java's client refuses to send such a header)
        byte[] body = caseBody("\"QQ\"", "").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString("integration:integration".getBytes())
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nIdempotency-Key: ";
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write("键-123\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("https://aftersales.example/problems/invalid-request");
        assertThat(cases.search(order.buyerId(), null, 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"buyerId=%zz", "buyerId=%E4%B8", "buyerId=a&buyerId=b", "buyerId=a%00b"})
    void aMalformedQueryIsBadInputNeverADroppedFilter(String query) throws Exception {
        // over a socket: Java's client refuses to send a malformed escape
        String head = "GET /api/cases?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString("lead1:lead1".getBytes()) + "\r\n\r\n";
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 400");
        JsonNode problem = json.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4).replaceAll("(?s)^[0-9a-f]+\r\n|\r\n0\r\n\r\n$", ""));
        assertThat(problem.get("errors").get(0).get("parameter").asText()).isEqualTo("buyerId");
    }

    @Test
    void errorsOfSpringAndTomcatAreProblemsToo() throws Exception {
        assertProblem(http.get("/api/nothing-here", "lead1"), 404);
        assertProblem(http.get("/api/cases/AS-20260101-NOPE2345/return-shipment", "lead1"), 405);
        assertProblem(raw("GET", "/api/cases", "lead1", null, "Accept", "application/xml"), 406);
        assertProblem(raw("POST", "/api/cases", "integration", "<case/>", "Content-Type", "application/xml"), 415);
        assertProblem(http.get("/api/cases/..;/cases", "lead1"), 400);
        assertProblem(http.get("/api/cases/a%2Fb", "lead1"), 400);
        assertProblem(http.postJson("/api/cases", "integration", "{\"description\":\"" + "x".repeat(70 * 1024) + "\"}"),
                413);
    }

    private void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("https://aftersales.example/problems/");
    }

    /** A request the convenience client would not send: any method, headers as given. */
    private HttpResponse<String> raw(String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equals("Content-Type");
        }
        if (!typed && body != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
