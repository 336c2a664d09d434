package com.aftersales.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A DingTalk group robot (自定义机器人) with the "sign" security setting: the webhook gets {@code timestamp} (ms)
 * and {@code sign} (URL-encoded Base64 HMAC-SHA256 of "timestamp\nsecret") and a text message. DingTalk answers
 * 200 even when it refuses, so only {@code errcode} 0 is delivered.
 */
@Component
class DingTalkAdapter implements MessageAdapter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DeliveryProperties.DingTalk config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    /** DingTalk checks the timestamp against its own clock (within an hour): the wall clock, never the engine's. */
    private final Clock wallClock = Clock.systemUTC();

    DingTalkAdapter(DeliveryProperties properties) {
        this.config = properties.dingtalk();
        if (config.configured() && (config.secret() == null || config.secret().isBlank())) {
            throw new IllegalStateException("aftersales.delivery.dingtalk.webhook-url is set but "
                    + "aftersales.delivery.dingtalk.secret is not: set the robot's signing secret (加签)");
        }
    }

    @Override
    public Adapter kind() {
        return Adapter.DINGTALK;
    }

    @Override
    public boolean active() {
        return config.configured();
    }

    @Override
    public String describe() {
        URI url = config.webhookUrl();
        return "DingTalk robot " + url.getScheme() + "://" + url.getAuthority() + url.getPath();
    }

    @Override
    public void deliver(Delivery message) {
        long timestamp = wallClock.millis();
        String url = config.webhookUrl() + (config.webhookUrl().getQuery() == null ? "?" : "&") + "timestamp=" + timestamp
                + "&sign=" + URLEncoder.encode(Signatures.dingTalk(config.secret(), timestamp), StandardCharsets.UTF_8);
        HttpResponse<String> response;
        try {
            byte[] body = JSON.writeValueAsBytes(Map.of("msgtype", "text", "text", Map.of("content", message.text())));
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailed("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailed("answered " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DeliveryFailed("answered something other than JSON", e);
        }
        if (answer.path("errcode").asInt(-1) != 0) {
            throw new DeliveryFailed("errcode " + answer.path("errcode").asText() + ": " + answer.path("errmsg").asText());
        }
    }
}
