package com.aftersales.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.DeadlineProperties;
import com.aftersales.tasks.FormSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the models as code, without starting the application: every file in processes/ is read
 * with the BPMN model API and held to {@link ModelRules}; broken models prove each rule bites.
 */
class ModelValidationTest {

    private static ModelRules rules;
    private static Map<String, FormSchema> forms;

    @BeforeAll
    static void readFormsBeansAndDeadlines() throws IOException {
        forms = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                FormSchema form = FormSchema.parse(json.readTree(file.toFile()));
                assertThat(file.getFileName().toString()).as("file name of form " + form.id()).isEqualTo(form.id() + ".form");
                forms.put(form.id(), form);
            }
        }
        Set<String> deadlines = Arrays.stream(DeadlineProperties.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        rules = new ModelRules(forms, ApplicationBeans.byName().keySet(), deadlines);
    }

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @Test
    void everyModelInProcessesFollowsTheRules() throws IOException {
        List<Path> models = models();
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            assertThat(rules.check(Bpmn.readModelFromFile(model.toFile()))).as(model.toString()).isEmpty();
        }
    }

    @Test
    void formsOfferExactlyTheContractsEnumerations() {
        assertThat(forms.get("confirm-problem").field("issueType").values())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(com.aftersales.vocabulary.IssueType.values())
                        .map(Enum::name).toList());
        for (String form : List.of("propose-resolution", "lead-decide-resolution", "dispute-attempt")) {
            assertThat(forms.get(form).field("resolution").values()).as(form)
                    .containsExactlyInAnyOrder("EXCHANGE", "RETURN_AND_REFUND", "REFUND_ONLY", "PARTIAL_REFUND", "RESHIP", "REPAIR",
                            "EXPLANATION_ONLY");
        }
        assertThat(forms.get("inquiry-start").field("channel").values())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(com.aftersales.vocabulary.Channel.values())
                        .map(Enum::name).toList());
        assertThat(forms.get("inquiry-start").field("requestedOutcome").values())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(com.aftersales.vocabulary.RequestedOutcome.values())
                        .map(Enum::name).toList());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "user-task-without-form.bpmn      | user_check: no camunda:formRef",
            "user-task-without-group.bpmn     | user_check: no candidate group",
            "form-without-contract-field.bpmn | user_verify_order: form 'await-evidence' lacks the contract field 'orderVerified'",
            "literal-timer.bpmn               | timer_wait: timer 'PT10M' is not ${deadlines.<name>} from configuration",
            "unknown-deadline.bpmn            | timer_wait: timer names deadline 'lunchBreak', which is not configured",
            "unknown-bean.bpmn                | service_call: delegateExpression names bean 'noSuchBean', which does not exist",
            "class-delegate.bpmn              | service_call: camunda:class; wire a Spring bean by delegateExpression",
            "no-history-time-to-live.bpmn     | broken: no history time to live",
            "modeler-default-ids.bpmn         | Activity_1w131lg: modeler default id; give it a meaningful one",
            "unknown-code.bpmn                | xor_decided_yes: 'AGREED' is not a code of customerDecision [ACCEPTED, COUNTER, REJECTED]"})
    void aModelThatBreaksARuleIsReported(String file, String expectedProblem) {
        var model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/invalid-models/" + file));
        assertThat(rules.check(model)).contains(expectedProblem);
    }
}
