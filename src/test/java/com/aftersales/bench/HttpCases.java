package com.aftersales.bench;

import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Whole cases over HTTP only, as IntegratorJourneyTest drives them: domain API and engine REST with Basic auth. */
final class HttpCases {

    private final Http http;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    /**
     * How a client finds the case's open task: {@code case} (default) asks {@code GET /api/cases/{id}/tasks}, which
     * finds the tasks by the case's process instances; {@code engine} asks engine REST by business key, a query whose
     * cost grows with every open task (property {@code bench.http.lookup}).
     */
    static final String LOOKUP = System.getProperty("bench.http.lookup", "case");
    /** Latencies (ms) of the task lookups since the last {@link #takeLookups()}. */
    private final List<Double> lookups = Collections.synchronizedList(new ArrayList<>());

    /** Engine REST's root: {@code /engine-rest} for the default engine, {@code /engine-rest/engine/<name>} else. */
    private final String engineRest;

    HttpCases(int port) {
        this(port, "/engine-rest");
    }

    /** Against a named engine (a test context of its own): the same calls, under that engine's path. */
    HttpCases(int port, String engineRest) {
        this.http = new Http(port);
        this.engineRest = engineRest;
    }

    /** POST /api/cases as the integration user; returns the case id. */
    String openCase(Fixtures.Order order) {
        HttpResponse<String> created = post("/api/cases", "integration", """
                {"orderId":"%s","buyerId":"%s","channel":"WECHAT","description":"拖把坏了 the mop is broken",
                 "requestedOutcome":"RETURN"}""".formatted(order.orderId(), order.buyerId()));
        expect(created, 201);
        return read(created).get("caseId").asText();
    }

    void wholeCase(Fixtures.Order order) {
        String caseId = openCase(order);
        for (Map<String, Object> variables : JavaApiCases.BEFORE_RETURN) {
            work(caseId, "agent1", variables);
        }
        expect(post("/api/cases/" + caseId + "/return-shipment", "integration",
                "{\"carrier\":\"顺丰 SF\",\"trackingNumber\":\"SF1234567890\"}"), 202);
        for (Map<String, Object> variables : JavaApiCases.AFTER_RETURN) {
            work(caseId, "warehouse1", variables);
        }
        String instanceId = read(get(engineRest + "/process-instance?businessKey=" + caseId, "admin")).get(0)
                .get("id").asText();
        String jobId = read(get(engineRest + "/job?timers=true&processInstanceId=" + instanceId, "admin")).get(0)
                .get("id").asText();
        expect(post(engineRest + "/job/" + jobId + "/execute", "admin", ""), 204);
        work(caseId, "agent1", JavaApiCases.FOLLOW_UP);
        if (!"CLOSED".equals(read(get("/api/cases/" + caseId, "agent1")).get("status").asText())) {
            throw new IllegalStateException(caseId + " did not close");
        }
    }

    /** The user's one open task of the case: claimed unless it is the user's already, then completed with these variables. */
    private void work(String caseId, String user, Map<String, Object> variables) {
        long start = System.nanoTime();
        HttpResponse<String> found = get("engine".equals(LOOKUP) ? engineRest + "/task?processInstanceBusinessKey="
                + caseId : "/api/cases/" + caseId + "/tasks", user);
        lookups.add((System.nanoTime() - start) / 1e6);
        JsonNode tasks = read(found);
        if (tasks.size() != 1) {
            throw new IllegalStateException(user + " sees " + tasks.size() + " tasks of " + caseId);
        }
        String id = tasks.get(0).get("id").asText();
        // as Tasklist does: a task the case's agent already holds is worked on, not claimed again
        String assignee = tasks.get(0).path("assignee").asText(null);
        if (assignee == null) {
            expect(post(engineRest + "/task/" + id + "/claim", user, "{\"userId\":\"" + user + "\"}"), 204);
        } else if (!assignee.equals(user)) {
            throw new IllegalStateException(caseId + "'s task " + id + " is " + assignee + "'s, not " + user + "'s");
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        try {
            expect(post(engineRest + "/task/" + id + "/complete", user,
                    json.writeValueAsString(Map.of("variables", typed))), 204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTTP calls made so far. */
    long calls() {
        return calls.get();
    }

    /** The task lookups' latencies since the last call, in ms. */
    List<Double> takeLookups() {
        synchronized (lookups) {
            List<Double> taken = new ArrayList<>(lookups);
            lookups.clear();
            return taken;
        }
    }

    /** Answers 503 (no database connection within the pool's short timeout) retried so far. */
    long retries() {
        return retries.get();
    }

    private HttpResponse<String> get(String path, String user) {
        return retried(() -> http.get(path, user));
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return retried(() -> http.postJson(path, user, body));
    }

    /** Each call counted; a 503 tried again shortly, as its problem tells the client, up to five times. */
    private HttpResponse<String> retried(java.util.function.Supplier<HttpResponse<String>> call) {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            calls.incrementAndGet();
            response = call.get();
            if (response.statusCode() != 503) {
                return response;
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
        return response;
    }

    private JsonNode read(HttpResponse<String> response) {
        expect(response, 200, 201);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                + response.statusCode() + " " + response.body());
    }
}
