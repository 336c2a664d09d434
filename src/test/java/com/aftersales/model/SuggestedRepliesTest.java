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
 * The suggested replies (话术) say what is true in every branch: rendered as the form renders them (each {@code {{…}}}
 * evaluated as FEEL, an empty result shown as nothing), no reply has a blank, a code or an unevaluated template. The
 * proposal and the negotiation say the proposal for every resolution, with and without the agent's note and the
 * amount; the other steps' replies follow what the agent has found or chosen, and claim nothing before it is so.
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

    /** A step's reply in one situation: what it must say, and what it must not claim there. */
    record Branch(String form, String situation, Map<String, Object> variables, List<String> says,
                  List<String> neverSays) {
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

    static Stream<Branch> stepBranches() {
        Map<String, Object> found = vars("orderId", "TB20261006", "orderFound", true, "orderBuyerMatches", true,
                "orderItem", "手机壳 phone case", "orderPaidAmount", "39.00");
        Map<String, Object> verified = new HashMap<>(found);
        verified.put("orderVerified", true);
        Map<String, Object> otherBuyer = new HashMap<>(found);
        otherBuyer.put("orderBuyerMatches", false);
        Map<String, Object> approval = vars("resolution", "PARTIAL_REFUND", "resolutionLabel",
                "部分退款/补偿 Partial refund (compensation)", "compensationAmount", "30.00", "refundAmount", null);
        Map<String, Object> approved = new HashMap<>(approval);
        approved.put("compensationApproved", true);
        Map<String, Object> declined = new HashMap<>(approval);
        declined.put("compensationApproved", false);
        List<String> shipped = List.of("已经给您寄回", "on its way back");
        return Stream.of(
                new Branch("verify-order", "order unknown", vars("orderId", "TB404", "orderFound", false),
                        List.of("TB404", "无需另发", "nothing for you to send"), List.of("已经为您查到", "实付", "元")),
                new Branch("verify-order", "order of another buyer", otherBuyer,
                        List.of("属于另一个买家", "belongs to another buyer"), List.of("已经为您查到")),
                new Branch("verify-order", "found, not yet verified", found,
                        List.of("手机壳 phone case", "实付 39.00 元", "核对一下订单号 TB20261006", "confirm the order number"),
                        List.of("核实无误")),
                new Branch("verify-order", "verified", verified, List.of("实付 39.00 元", "核实无误", "Everything checks out"),
                        List.of("核对一下")),
                new Branch("confirm-problem", "photos received", vars("evidenceProvided", true),
                        List.of("照片/视频已经收到啦", "received your photos"), List.of("麻烦您拍", "we need photos")),
                new Branch("confirm-problem", "no photos", vars("evidenceProvided", false),
                        List.of("正在为您确认", "If we need photos"), List.of("已经收到")),
                new Branch("ship-item", "not yet shipped", vars(), List.of("填写快递公司和运单号", "Fill in the carrier"),
                        List.of("已发出", "on its way")),
                new Branch("ship-item", "shipped", vars("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF123"),
                        List.of("顺丰 SF", "SF123", "无需另发", "Nothing for you to send"), List.of("待填写")),
                new Branch("ship-urged", "not yet shipped", vars(), List.of("填写快递公司和运单号", "Fill in the carrier"),
                        List.of("已发出", "on its way")),
                new Branch("ship-urged", "shipped", vars("shipmentCarrier", "中通 ZTO", "shipmentTrackingNumber", "ZT9"),
                        List.of("中通 ZTO", "ZT9", "无需另发"), List.of("待填写")),
                new Branch("arrange-repair", "not yet shipped back", vars("shipmentCarrier", "顺丰 SF"),
                        List.of("填写快递公司和运单号后", "the reply to the buyer appears here"), shipped),
                new Branch("arrange-repair", "shipped back",
                        vars("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF123"),
                        List.of("已经给您寄回", "快递：顺丰 SF，单号：SF123", "tracking number: SF123"), List.of()),
                new Branch("inspect-return", "reported shipped, not inspected",
                        vars("returnCarrier", "中通 ZTO", "returnTrackingNumber", "ZT42", "resolutionLabel", "换货 Exchange"),
                        List.of("中通 ZTO ZT42", "到货后", "as soon as the item"), List.of("已经收到", "has arrived")),
                new Branch("inspect-return", "reported without tracking", vars(),
                        List.of("您寄回的商品到货后", "as soon as the item you sent back arrives"), List.of("（", "()")),
                new Branch("inspect-return", "as expected",
                        vars("returnCondition", "AS_EXPECTED", "resolutionLabel", "换货 Exchange"),
                        List.of("验收通过", "按约定的方案（换货 Exchange）", "passed our inspection"), List.of("出入")),
                new Branch("inspect-return", "not as expected", vars("returnCondition", "NOT_AS_EXPECTED"),
                        List.of("出入", "组长会和您联系", "not in the state it left in"), List.of("验收通过")),
                new Branch("approve-compensation", "not yet decided", approval,
                        List.of("正在和主管确认", "confirming your proposal"), List.of("同意", "30", "approved")),
                new Branch("approve-compensation", "declined", declined,
                        List.of("正在和主管确认"), List.of("同意", "30", "approved")),
                new Branch("approve-compensation", "approved", approved,
                        List.of("主管已经同意", "部分退款/补偿 Partial refund (compensation)，补偿 30.00 元",
                                "compensation 30.00 yuan"), List.of("正在和主管确认")),
                new Branch("lead-decide-resolution", "partial refund without an amount yet",
                        vars("resolution", "PARTIAL_REFUND"), List.of("最终处理方案是：为您补偿 （金额待填写）",
                                "(amount to be filled in)"), List.of()),
                new Branch("lead-decide-resolution", "refund", vars("resolution", "REFUND_ONLY", "refundAmount", "39.00"),
                        List.of("直接为您退款 39.00 元", "we refund you 39.00 yuan"), List.of("补偿")),
                new Branch("lead-decide-resolution", "exchange", vars("resolution", "EXCHANGE"),
                        List.of("为您换一件新的商品", "brand-new replacement"), List.of("退款 ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepBranches")
    void everyStepsReplyFollowsWhatTheAgentFoundOrChose(Branch branch) throws IOException {
        String reply = render(phrase(branch.form()), branch.variables());

        assertThat(reply).doesNotContain("{{", "：。", "： ", "  ", " .", "，，", "（）");
        assertThat(CODE.matcher(reply).find()).as("a code or null in: %s", reply).isFalse();
        assertThat(reply).contains(branch.says());
        branch.neverSays().forEach(claim -> assertThat(reply).doesNotContain(claim));
        // Chinese first, the same reply in English (italics) below
        assertThat(reply).startsWith("**话术 Suggested reply**\n\n> ").containsPattern("\n>\n> \\*[^*]+\\*$");
    }

    private static String phrase(String form) throws IOException {
        return component(form, "text_phrase").path("text").asText();
    }

    /** A component of a form by its id. */
    static JsonNode component(String form, String id) throws IOException {
        JsonNode components = new ObjectMapper().readTree(FormVocabularyTest.FORMS.resolve(form + ".form").toFile())
                .path("components");
        for (JsonNode component : components) {
            if (component.path("id").asText().equals(id)) {
                return component;
            }
        }
        throw new AssertionError(form + " has no component " + id);
    }

    /** A form text as the form shows it: each {@code {{…}}} evaluated as FEEL, an empty result shown as nothing. */
    static String render(String text, Map<String, Object> variables) {
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
