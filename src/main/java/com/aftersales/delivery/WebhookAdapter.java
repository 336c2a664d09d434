package com.aftersales.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The chat system's webhook: each message as a JSON {@code POST}, signed over the raw body with the shared secret.
 * Any 2xx is delivered; anything else, or no answer in time, is tried again later with the same message id.
 */
@Component
class WebhookAdapter implements MessageAdapter {

    static final String MESSAGE_ID = "X-AfterSales-Message-Id";
    static final String SIGNATURE = "X-AfterSales-Signature";

    /** Nulls are written as null: the receiver always finds every field of the contract. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliveryProperties.Webhook config;
    private final HttpClient http;

    WebhookAdapter(DeliveryProperties properties) {
        this.config = properties.webhook();
        if (config.configured() && (config.secret() == null || config.secret().isBlank())) {
            throw new IllegalStateException("aftersales.delivery.webhook.url is set but aftersales.delivery.webhook.secret "
                    + "is not: the chat system could not tell our messages from forged ones");
        }
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public Adapter kind() {
        return Adapter.WEBHOOK;
    }

    @Override
    public boolean active() {
        return config.configured();
    }

    @Override
    public String describe() {
        // without the query: some bridges take a token there, and the log is no place for it
        return "webhook " + config.url().getScheme() + "://" + config.url().getAuthority() + config.url().getPath();
    }

    @Override
    public void deliver(Delivery message) {
        byte[] body = body(message);
        HttpRequest request = HttpRequest.newBuilder(config.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(MESSAGE_ID, message.messageId())
                .header(SIGNATURE, Signatures.webhook(config.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailed("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted", e);
        }
        if (status / 100 != 2) {
            throw new DeliveryFailed("answered " + status);
        }
    }

    static byte[] body(Delivery message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", message.messageId());
        body.put("caseId", message.caseId());
        body.put("audience", message.audience().name());
        body.put("recipient", message.recipient());
        body.put("channel", message.channel());
        body.put("phrase", message.phrase());
        body.put("text", message.text());
        body.put("createdAt", message.createdAt().toString());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
