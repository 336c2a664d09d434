package com.aftersales.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.vocabulary.Labels;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms say what the vocabulary says ({@link FormVocabulary}): their lists are the codes of the variable they
 * fill with the catalogue's labels, their money fields show for the resolutions that pay that money. After changing
 * a label or a code, write the forms anew with {@code mvn test -Dtest=FormVocabularyTest -Daftersales.forms.write=true}.
 */
class FormVocabularyTest {

    static final Path FORMS = Path.of("forms");
    private static final boolean WRITE = Boolean.getBoolean("aftersales.forms.write");

    private final ObjectMapper json = new ObjectMapper();
    private final FormVocabulary vocabulary = new FormVocabulary(new Labels());

    static Stream<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormSaysWhatTheVocabularySays(Path form) throws IOException {
        JsonNode actual = json.readTree(form.toFile());
        List<String> problems = new ArrayList<>();
        JsonNode expected = vocabulary.apply(actual, problems);
        assertThat(problems).as(form.toString()).isEmpty();
        if (WRITE && !expected.equals(actual)) {
            Files.writeString(form, write(expected), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(form + " differs from the vocabulary: write the forms anew with "
                + "-Daftersales.forms.write=true (see this test)").isEqualTo(expected);
    }

    @Test
    void aListOfCodesTheVocabularyDoesNotKnowIsReported() throws IOException {
        JsonNode form = json.readTree("{\"components\": [{\"type\": \"select\", \"key\": \"mood\", \"values\": []}]}");
        List<String> problems = new ArrayList<>();
        vocabulary.apply(form, problems);
        assertThat(problems).containsExactly("the list 'mood' fills no coded variable of the vocabulary");
    }

    /**
     * The team lead's final proposal may give what the agent's may, under the same rules (ProposalRule checks both):
     * its remedy fields are the proposal's, the same components with the same ids and keys.
     */
    @Test
    void theLeadsFinalProposalOffersTheRemediesOfTheAgentsProposal() throws IOException {
        List<String> remedies = List.of("giveShippingFee", "shippingFeeAmount", "giveCoupon", "couponAmount",
                "giveRedEnvelope", "redEnvelopeAmount", "giveGift", "giftItem");
        JsonNode proposal = json.readTree(FORMS.resolve("propose-resolution.form").toFile()).path("components");
        JsonNode decision = json.readTree(FORMS.resolve("lead-decide-resolution.form").toFile()).path("components");
        assertThat(keyed(decision, remedies)).isEqualTo(keyed(proposal, remedies)).hasSize(remedies.size());
        assertThat(keyed(decision, remedies)).filteredOn(field -> field.path("type").asText().equals("checkbox"))
                .hasSize(4).allSatisfy(box -> assertThat(box.path("defaultValue").isBoolean()
                        && !box.path("defaultValue").asBoolean()).as(box.path("key").asText()).isTrue());
    }

    private static List<JsonNode> keyed(JsonNode components, List<String> keys) {
        List<JsonNode> found = new ArrayList<>();
        components.forEach(component -> {
            if (keys.contains(component.path("key").asText())) {
                found.add(component);
            }
        });
        return found;
    }

    /** As the forms are written: two spaces, "key": value, one element a line (what Camunda Modeler writes). */
    private String write(JsonNode form) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return json.writer(printer).writeValueAsString(form) + "\n";
    }
}
