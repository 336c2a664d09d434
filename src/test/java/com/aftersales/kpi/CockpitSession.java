package com.aftersales.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A user logged in to Cockpit over HTTP, as the browser is: the web apps' session cookie and CSRF token. */
final class CockpitSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String engine;
    private String token;

    private CockpitSession(int port, String engine) {
        this.base = "http://127.0.0.1:" + port;
        this.engine = engine;
    }

    /** Logs in to Cockpit; the login's status says whether the user may use Cockpit at all. */
    static CockpitSession logIn(int port, String engine, String user) {
        CockpitSession session = new CockpitSession(port, engine);
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(
                URI.create(session.base + "/camunda/app/cockpit/" + engine + "/")).GET());
        session.token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        URI.create(session.base + "/camunda/api/admin/auth/user/" + engine + "/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException(user + " cannot log in to Cockpit: " + login.statusCode());
        }
        return session;
    }

    /** GET on the plugin's resource, e.g. {@code kpis?period=30d}. */
    HttpResponse<String> plugin(String path) {
        return get("/camunda/api/cockpit/plugin/" + AfterSalesKpiPlugin.ID + "/" + engine + "/" + path);
    }

    /** GET on the plugin's resource for a download, as a browser's link asks for it (any type). */
    HttpResponse<String> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/cockpit/plugin/" + AfterSalesKpiPlugin.ID
                + "/" + engine + "/" + path)).header("Accept", "*/*").GET());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", token).GET());
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
