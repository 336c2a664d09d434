package com.aftersales.model;

import com.aftersales.process.CodedVariables;
import com.aftersales.process.Variable;
import com.aftersales.tasks.FormSchema;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Resolution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the forms must say that the vocabulary decides, so that a code, a label or a resolution's money is written
 * once: every select and radio list offers the codes of the variable it fills, labelled from the catalogue; a money
 * field submits exact text and shows for exactly the resolutions that pay that kind of money
 * ({@link Resolution.Payout}), and, where its component says {@code properties.onlyWhen}, only when that holds too;
 * where the form shows the refundable amount, a money field allows no more than that.
 */
final class FormVocabulary {

    static final String ONLY_WHEN = "onlyWhen";
    /** What may still be refunded for the order, where a form shows it: the most any money field may pay. */
    static final String REFUNDABLE = "refundableAmount";

    private final Labels labels;

    FormVocabulary(Labels labels) {
        this.labels = labels;
    }

    /** The form as the vocabulary says it must be (a changed copy); problems the vocabulary cannot mend go to {@code problems}. */
    JsonNode apply(JsonNode form, List<String> problems) {
        JsonNode copy = form.deepCopy();
        boolean choosesResolution = hasKey(copy.path("components"), "resolution");
        boolean showsRefundable = FormSchema.parse(copy).references().contains(REFUNDABLE);
        components(copy.path("components"), choosesResolution, showsRefundable, problems);
        return copy;
    }

    private void components(JsonNode components, boolean choosesResolution, boolean showsRefundable,
                            List<String> problems) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                components(component.path("components"), choosesResolution, showsRefundable, problems);
            }
            String type = component.path("type").asText();
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            if (type.equals("select") || type.equals("radio")) {
                codes((ObjectNode) component, key, problems);
            }
            Resolution.Payout payout = Arrays.stream(Resolution.Payout.values())
                    .filter(kind -> key.equals(kind.amountField())).findFirst().orElse(null);
            if (type.equals("number") && payout != null) {
                money((ObjectNode) component, payout, choosesResolution, showsRefundable);
            }
        }
    }

    private void codes(ObjectNode component, String key, List<String> problems) {
        Variable<?> variable = CodedVariables.byName().get(key);
        if (variable == null) {
            problems.add("the list '" + key + "' fills no coded variable of the vocabulary");
            return;
        }
        ArrayNode values = component.putArray("values");
        for (Object code : variable.codes().getEnumConstants()) {
            ObjectNode value = values.addObject();
            value.put("label", labels.of((Enum<?>) code));
            value.put("value", ((Enum<?>) code).name());
        }
    }

    private static void money(ObjectNode component, Resolution.Payout payout, boolean choosesResolution,
                              boolean showsRefundable) {
        component.put("decimalDigits", 2);
        component.put("serializeToString", true);
        if (showsRefundable) {
            // the limit the form shows is the field's limit too: the browser refuses more before the server must
            ((ObjectNode) component.path("validate")).put("max", "=number(" + REFUNDABLE + ")");
        }
        if (!choosesResolution) {
            return;
        }
        String resolutions = Arrays.stream(Resolution.values()).filter(resolution -> resolution.payout() == payout)
                .map(resolution -> "resolution = \"" + resolution.name() + "\"").collect(Collectors.joining(" or "));
        String onlyWhen = component.path("properties").path(ONLY_WHEN).asText("");
        String shown = onlyWhen.isEmpty() ? resolutions : onlyWhen + " and (" + resolutions + ")";
        component.putObject("conditional").put("hide", "=not(" + shown + ")");
    }

    private static boolean hasKey(JsonNode components, String key) {
        for (JsonNode component : components) {
            if (key.equals(component.path("key").asText(null)) || hasKey(component.path("components"), key)) {
                return true;
            }
        }
        return false;
    }
}
