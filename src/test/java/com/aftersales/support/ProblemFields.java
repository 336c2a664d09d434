package com.aftersales.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A problem's {@code errors} ({@code [{pointer|parameter|header, detail}]}) by field: {@code /evidenceUrls/0} as
 * {@code evidenceUrls/0}, a parameter or header by its name, so that a test asks {@code has("buyerId")}.
 */
public final class ProblemFields {

    private ProblemFields() {
    }

    public static ObjectNode of(JsonNode problem) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        JsonNode errors = problem.get("errors");
        if (errors == null) {
            return fields;
        }
        for (JsonNode error : errors) {
            String name = error.has("pointer") ? error.get("pointer").asText().replaceFirst("^/", "")
                    : error.has("parameter") ? error.get("parameter").asText() : error.path("header").asText();
            String detail = error.get("detail").asText();
            fields.put(name, fields.has(name) ? fields.get(name).asText() + "; " + detail : detail);
        }
        return fields;
    }
}
