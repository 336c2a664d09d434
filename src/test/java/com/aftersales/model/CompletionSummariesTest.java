package com.aftersales.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A decision that branches the flow says, before the agent completes, what completing will do: "完成后将 Completing
 * will …" ({@code text_on_completion}) rendered for each answer names the path it takes, and an unticked box says it
 * takes the other path. Enum decisions are radios with every answer named; the contract's booleans stay checkboxes
 * (form-js radios submit text).
 */
class CompletionSummariesTest {

    record Answer(String form, String situation, Map<String, Object> variables, List<String> says) {
        @Override
        public String toString() {
            return form + ": " + situation;
        }
    }

    private static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    static Stream<Answer> answers() {
        return Stream.of(
                new Answer("verify-order", "verified", vars("orderVerified", true), List.of("进入问题确认", "confirming the problem")),
                new Answer("verify-order", "unticked", vars("orderVerified", false),
                        List.of("不核实", "系统自动请买家核对", "the case waits for the reply")),
                new Answer("negotiate", "accepted", vars("customerDecision", "ACCEPTED", "resolutionLabel", "换货 Exchange"),
                        List.of("按约定的方案开始处理（换货 Exchange）", "start handling as agreed (换货 Exchange)")),
                new Answer("negotiate", "rejected", vars("customerDecision", "REJECTED"),
                        List.of("转入争议处理", "dispute path")),
                new Answer("negotiate", "first counter-offer", vars("customerDecision", "COUNTER", "maxCounterOffers", 2),
                        List.of("退回重新提出方案（第 1 次还价，最多 2 次）", "counter-offer 1 of 2")),
                new Answer("negotiate", "last counter-offer",
                        vars("customerDecision", "COUNTER", "counterOffers", 2, "maxCounterOffers", 2),
                        List.of("交组长决定最终方案", "no counter-offers left")),
                new Answer("negotiate", "the lead's final proposal",
                        vars("customerDecision", "COUNTER", "counterOffers", 3, "maxCounterOffers", 2),
                        List.of("不能再还价", "cannot be countered")),
                new Answer("inspect-return", "as expected",
                        vars("returnCondition", "AS_EXPECTED", "resolutionLabel", "退货退款 Return and refund"),
                        List.of("按约定的方案继续（退货退款 Return and refund）", "carry on as agreed")),
                new Answer("inspect-return", "not as expected", vars("returnCondition", "NOT_AS_EXPECTED"),
                        List.of("交组长复核退货", "a team lead, who decides")),
                new Answer("follow-up", "satisfied", vars("satisfied", true, "satisfactionScore", 5),
                        List.of("以「已解决」结案", "close the case as resolved")),
                new Answer("follow-up", "unticked with a low score", vars("satisfied", false, "satisfactionScore", 2),
                        List.of("重新打开案件", "a team lead takes over")),
                new Answer("follow-up", "unticked with score 5", vars("satisfied", false, "satisfactionScore", 5),
                        List.of("重新打开案件", "⚠️ 满意度 5 分，却没有勾选「买家满意」", "A score of 5")),
                new Answer("approve-compensation", "approved", vars("compensationApproved", true),
                        List.of("批准：方案发给买家确认", "goes to the buyer")),
                new Answer("approve-compensation", "unticked", vars("compensationApproved", false),
                        List.of("不批准：方案退回客服重新提出", "goes back to the agent")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void theSummarySaysWhatCompletingDoes(Answer answer) throws IOException {
        String summary = SuggestedRepliesTest.render(
                SuggestedRepliesTest.component(answer.form(), "text_on_completion").path("text").asText(), answer.variables());

        assertThat(summary).startsWith("**完成后将 Completing will** ").contains(answer.says())
                .doesNotContain("{{", "null", "  ");
        if (!answer.situation().contains("score 5")) {
            assertThat(summary).doesNotContain("⚠️");
        }
    }

    @Test
    void enumDecisionsAreRadiosAndTheContractsBooleansStayCheckboxes() throws IOException {
        for (String[] decision : new String[][] {{"negotiate", "field_customer_decision"},
                {"inspect-return", "field_return_condition"}}) {
            JsonNode field = SuggestedRepliesTest.component(decision[0], decision[1]);
            assertThat(field.path("type").asText()).as(decision[1]).isEqualTo("radio");
            assertThat(field.path("values")).allSatisfy(value -> assertThat(value.path("label").asText()).isNotBlank());
            assertThat(field.path("validate").path("required").asBoolean()).isTrue();
        }
        for (String[] decision : new String[][] {{"verify-order", "field_order_verified"},
                {"follow-up", "field_satisfied"}, {"approve-compensation", "field_compensation_approved"}}) {
            assertThat(SuggestedRepliesTest.component(decision[0], decision[1]).path("type").asText()).as(decision[1])
                    .isEqualTo("checkbox");
        }
    }
}
