package com.aftersales.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda web apps' files as the application serves them. The Spring Boot starter serves
 * {@code /camunda/app/**} from {@code classpath:/META-INF/resources/webjars/camunda/app/}, so a file of ours under
 * {@code src/main/resources} at the same path takes the place of the webjar's (the application's classes come
 * first on the classpath) and a new one (our {@code zh.json}) is simply added. Both are read here from the
 * test classpath, the webjar's own copy by its jar.
 */
final class Webjar {

    static final List<String> APPS = List.of("tasklist", "welcome", "cockpit", "admin");
    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR_ARTIFACT = "camunda-webapp-webjar";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Webjar() {
    }

    /** The file as the application serves it: ours if we have one, else the webjar's. */
    static String served(String app, String file) {
        return read(urls(app, file).get(0));
    }

    /** The webjar's own copy of the file, whether or not we replace it. */
    static String shipped(String app, String file) {
        return read(urls(app, file).stream().filter(url -> url.toString().contains(WEBJAR_ARTIFACT)).findFirst()
                .orElseThrow(() -> new AssertionError("The webjar has no app/" + app + "/" + file)));
    }

    /** Whether the application replaces or adds this file (a copy outside the webjar comes first). */
    static boolean overridden(String app, String file) {
        List<URL> found = urls(app, file);
        return !found.isEmpty() && !found.get(0).toString().contains(WEBJAR_ARTIFACT);
    }

    /** A file of the web apps' shared libraries ({@code lib/deps.js}: AngularJS, form-js, …), as the webjar ships it. */
    static String library(String file) {
        URL url = Webjar.class.getClassLoader().getResource("META-INF/resources/webjars/camunda/lib/" + file);
        if (url == null) {
            throw new AssertionError("The webjar has no lib/" + file);
        }
        return read(url);
    }

    /** A file of the web apps' standard plugins ({@code tasklist/app/plugin.js}: the task cards' columns), as shipped. */
    static String plugin(String file) {
        URL url = Webjar.class.getClassLoader().getResource("META-INF/resources/plugin/" + file);
        if (url == null) {
            throw new AssertionError("The webjar has no plugin/" + file);
        }
        return read(url);
    }

    static boolean exists(String app, String file) {
        return !urls(app, file).isEmpty();
    }

    /** A locale file's texts by their path ({@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}). */
    static Map<String, JsonNode> locale(String app, String language) {
        try {
            Map<String, JsonNode> texts = new LinkedHashMap<>();
            flatten("", JSON.readTree(served(app, "locales/" + language + ".json")), texts);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), texts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), texts);
            }
        } else {
            texts.put(path, node);
        }
    }

    private static List<URL> urls(String app, String file) {
        try {
            return Collections.list(Webjar.class.getClassLoader().getResources(APP_ROOT + app + "/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the webjar's locale files start with a byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
