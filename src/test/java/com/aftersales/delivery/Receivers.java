package com.aftersales.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Receivers as the other side builds them, on the JDK's HTTP server: a chat system that checks our signature and
 * de-duplicates by message id, and a DingTalk-shaped robot that checks DingTalk's signature. Signatures are computed
 * here on their own, as a receiver would from the README's recipe, not with the application's code.
 */
final class Receivers {

    private Receivers() {
    }

    /** One request as the chat system got it. */
    record Received(String messageIdHeader, String signatureHeader, byte[] body, boolean signatureValid) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The chat system: refuses a message while {@code refuse} says so, accepts (and de-duplicates) otherwise. */
    static final class Chat implements AutoCloseable {

        private final HttpServer server;
        private final String secret;
        final List<Received> requests = new CopyOnWriteArrayList<>();
        /** Accepted messages by id: how often each was accepted (a de-duplicating receiver keeps the first). */
        final Map<String, Integer> accepted = new ConcurrentHashMap<>();
        volatile Predicate<Received> refuse = received -> false;

        Chat(String secret) {
            this.secret = secret;
            this.server = start("/chat", this::handle);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/chat";
        }

        private void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-AfterSales-Signature");
            Received received = new Received(exchange.getRequestHeaders().getFirst("X-AfterSales-Message-Id"),
                    signature, body, ("sha256=" + HexFormat.of().formatHex(hmac(secret, body))).equals(signature));
            requests.add(received);
            if (!received.signatureValid()) {
                answer(exchange, 401, "{}");
            } else if (refuse.test(received)) {
                answer(exchange, 503, "{}");
            } else {
                accepted.merge(received.messageIdHeader(), 1, Integer::sum);
                answer(exchange, 200, "{}");
            }
        }

        List<Received> requestsFor(String messageId) {
            return requests.stream().filter(r -> messageId.equals(r.messageIdHeader())).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A DingTalk group robot with the "sign" setting: errcode 0 only for a valid, recent signature. */
    static final class DingTalk implements AutoCloseable {

        private final HttpServer server;
        private final String secret;
        final List<String> accepted = new CopyOnWriteArrayList<>();
        final List<String> refused = new CopyOnWriteArrayList<>();

        DingTalk(String secret) {
            this.secret = secret;
            this.server = start("/robot/send", this::handle);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/robot/send?access_token=test-token";
        }

        private void handle(HttpExchange exchange) throws IOException {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long timestamp = Long.parseLong(query.getOrDefault("timestamp", "0"));
            String expected = Base64.getEncoder().encodeToString(
                    hmac(secret, (timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
            boolean recent = Math.abs(System.currentTimeMillis() - timestamp) < 3_600_000;
            if ("test-token".equals(query.get("access_token")) && recent && expected.equals(query.get("sign"))) {
                accepted.add(body);
                answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            } else {
                refused.add(body);
                answer(exchange, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static HttpServer start(String path, Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(path, exchange -> {
                try (exchange) {
                    handler.handle(exchange);
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
