package com.aftersales.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The input fields of a Camunda Form (form-js JSON) with the validation the form declares. */
public record FormSchema(String id, List<Field> fields, Set<String> references) {

    /** FEEL names: in {@code {{…}}} templates and in expressions (text starting with {@code =}). */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * An input field. {@code exactText}: a number field that submits its value as text ({@code serializeToString}),
     * so that an amount arrives as typed, without binary floating point in between. {@code label}: what the person
     * reads above the field. A limit the form computes (a FEEL expression such as {@code =number(refundableAmount)})
     * is left to the browser and to the rule that knows the real limit; only a fixed one is checked here.
     * {@code defaulted}: the form gives the field a {@code defaultValue}, so a client that leaves it out (an
     * engine-REST integrator who knows only the contract's fields) means that default.
     */
    public record Field(String key, String type, String label, boolean required, Set<String> values, BigDecimal min,
                        BigDecimal max, Integer minLength, Integer maxLength, String pattern, boolean exactText,
                        boolean defaulted) {
    }

    public static FormSchema parse(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        Set<String> references = new TreeSet<>();
        names(form.path("components"), references);
        return new FormSchema(form.path("id").asText(), List.copyOf(fields), Set.copyOf(references));
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
                    component.path("label").asText(component.path("key").asText()), validate.path("required").asBoolean(false), Set.copyOf(values),
                    decimal(validate, "min"), decimal(validate, "max"), integer(validate, "minLength"),
                    integer(validate, "maxLength"), validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                    component.path("serializeToString").asBoolean(false), component.has("defaultValue")));
        }
    }

    /** Every name the form's texts and expressions read. */
    private static void names(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("=")) {
                collectNames(text.substring(1), names);
            }
            Matcher template = TEMPLATE.matcher(text);
            while (template.find()) {
                collectNames(template.group(1), names);
            }
        }
        node.forEach(child -> names(child, names));
    }

    private static void collectNames(String expression, Set<String> names) {
        Matcher name = NAME.matcher(expression.replaceAll("\"[^\"]*\"", ""));
        while (name.find()) {
            names.add(name.group());
        }
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        return node.path(name).isNumber() ? node.get(name).decimalValue() : null;
    }

    private static Integer integer(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asInt() : null;
    }
}
