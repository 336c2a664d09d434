package com.aftersales.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the running application, with HTTP Basic as a user of the demo set. */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    /** A {@code GET} for plain text (as Prometheus scrapes), the password being the user's id. */
    public HttpResponse<String> getText(String path, String user) {
        return send(request(path, user, user).setHeader("Accept", "text/plain").GET());
    }

    public HttpResponse<String> get(String path, String user) {
        return get(path, user, user);
    }

    public HttpResponse<String> postJson(String path, String user, String json, String... headers) {
        HttpRequest.Builder request = request(path, user, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Any method with a JSON body (or none, for {@code null}), as a user whose password is not its id. */
    public HttpResponse<String> send(String method, String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json").method(method,
                json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A {@code multipart/form-data} POST of one text field and one file, as engine REST's deployment wants. */
    public HttpResponse<String> multipart(String path, String user, String field, String value, String fileField,
                                          String fileName, String content) {
        String boundary = "----aftersales" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                + "--\r\n";
        return send(request(path, user, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Logs in to a Camunda web app ({@code admin}, {@code cockpit}, {@code tasklist}) as a browser does:
     * opens the app for a session and CSRF token, then posts the login form. Returns the login's status.
     */
    public int webappLogin(String app, String user, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "/camunda/app/" + app + "/default/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
            return browser.send(HttpRequest.newBuilder(
                            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
