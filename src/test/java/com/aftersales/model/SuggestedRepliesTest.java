package com.aftersales.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.vocabulary.Resolution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suggested replies (话术) of the proposal and the negotiation say the proposal in every branch: rendered as the
 * form renders them (each {@code {{…}}} evaluated as FEEL, an empty result shown as nothing) for every resolution,
 * with and without the agent's note and the amount, no reply has a blank, a code or an unevaluated template.
 */
class SuggestedRepliesTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b|\\bnull\\b");
    private static final FeelEngineApi FEEL = FeelEngineBuilder.create().build();

    static Stream<Arguments> branches() {
        List<Arguments> branches = new ArrayList<>();
        for (String form : List.of("propose-resolution", "negotiate")) {
            for (Resolution resolution : Resolution.values()) {
                for (boolean note : List.of(false, true)) {
                    for (boolean amount : List.of(false, true)) {
                        branches.add(Arguments.of(form, resolution, note, amount));
                    }
                }
            }
        }
        return branches.stream();
    }

    @ParameterizedTest(name = "{0} {1} note={2} amount={3}")
    @MethodSource("branches")
    void everyReplySaysTheProposalWithoutABlankOrACode(String form, Resolution resolution, boolean note, boolean amount)
            throws IOException {
        Map<String, Object> variables = new HashMap<>();
        variables.put("resolution", resolution.name());
        variables.put("proposalNote", note ? "先为您补发配件 we send the spare part first." : "");
        variables.put("refundAmount", amount ? "39.00" : null);
        variables.put("compensationAmount", amount ? "12.50" : null);
        variables.put("deadline_proposalDecision_zh", "3天");
        variables.put("deadline_proposalDecision_en", "3 days");

        String reply = render(phrase(form), variables);

        assertThat(reply).doesNotContain("{{", "：。", "： ", "  ", " .");
        assertThat(CODE.matcher(reply).find()).as("a code or null in: %s", reply).isFalse();
        if (note) {
            assertThat(reply).contains("先为您补发配件 we send the spare part first.");
        } else if (resolution.pays()) {
            String money = resolution.payout() == Resolution.Payout.COMPENSATION ? "12.50" : "39.00";
            assertThat(reply).contains(amount ? money + " 元" : "（金额待填写）")
                    .contains(amount ? money + " yuan" : "(amount to be filled in)");
        }
    }

    private static String phrase(String form) throws IOException {
        JsonNode components = new ObjectMapper().readTree(FormVocabularyTest.FORMS.resolve(form + ".form").toFile())
                .path("components");
        for (JsonNode component : components) {
            if (component.path("id").asText().equals("text_phrase")) {
                return component.path("text").asText();
            }
        }
        throw new AssertionError(form + " has no suggested reply (text_phrase)");
    }

    private static String render(String text, Map<String, Object> variables) {
        Matcher template = TEMPLATE.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (template.find()) {
            EvaluationResult result = FEEL.evaluateExpression(template.group(1), variables);
            assertThat(result.isSuccess()).as("%s: %s", template.group(1), result.isSuccess() ? "" : result.failure())
                    .isTrue();
            Object value = result.result();
            template.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        template.appendTail(rendered);
        return rendered.toString();
    }
}
