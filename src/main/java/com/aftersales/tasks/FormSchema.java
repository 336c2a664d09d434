package com.aftersales.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The input fields of a Camunda Form (form-js JSON) with the validation the form declares. */
public record FormSchema(String id, List<Field> fields) {

    public record Field(String key, String type, boolean required, Set<String> values, BigDecimal min,
                        BigDecimal max, Integer minLength, Integer maxLength, String pattern) {
    }

    public static FormSchema parse(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return new FormSchema(form.path("id").asText(), List.copyOf(fields));
    }

    public Field field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields);
            }
            if (!component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            Set<String> values = new LinkedHashSet<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            fields.add(new Field(component.path("key").asText(), component.path("type").asText(),
                    validate.path("required").asBoolean(false), Set.copyOf(values),
                    decimal(validate, "min"), decimal(validate, "max"), integer(validate, "minLength"),
                    integer(validate, "maxLength"), validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null));
        }
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).decimalValue() : null;
    }

    private static Integer integer(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asInt() : null;
    }
}
