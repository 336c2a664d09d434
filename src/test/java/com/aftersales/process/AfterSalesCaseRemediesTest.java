package com.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.casefile.CaseView;
import com.aftersales.casefile.CaseViews;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.Refunds;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.Resolution;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Money the way shops pay it: a proposal combines its resolution with remedies the decision table recommends as the
 * seeds do; each is given once, through its port; amounts above the agent's limits wait for a team lead; a VIP
 * buyer's case comes first and leaves the agent more room. One test per path.
 */
@AfterSalesTest
class AfterSalesCaseRemediesTest {

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseViews views;
    @Autowired CaseRepository cases;
    @Autowired ReturnShipments returns;
    @Autowired RemedyLedger ledger;
    @Autowired Refunds refunds;
    @Autowired FailingPaymentGateway gateway;
    @Autowired com.aftersales.orders.ShippingRegister register;

    private Fixtures.Order order;
    private String caseId;
    private ProcessInstance instance;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void confirmed(String item, String paid, RequestedOutcome asked, String issueType) {
        confirmed(item, paid, asked, issueType, CustomerTier.NORMAL);
    }

    private void confirmed(String item, String paid, RequestedOutcome asked, String issueType, CustomerTier tier) {
        order = fixtures.deliveredOrder(item, paid, 2);
        fixtures.tier(order, tier);
        caseId = fixtures.openCase(order, "买家反馈 buyer's report", asked);
        instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), issueType, Var.EVIDENCE_PROVIDED.name(), true));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
    }

    private void proposeAndAgree(Map<String, Object> proposal) {
        complete(task(instance), proposal);
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
    }

    /** The policy's advice, as the case file keeps it. */
    private CaseRecord.Recommended advice() {
        return cases.find(caseId).orElseThrow().recommended();
    }

    private LedgerEntry remedy(RemedyKind kind) {
        return ledger.ofCase(caseId).stream().filter(entry -> entry.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aQualityDefectIsRefundedInFullAndTheReturnShippingPaidBackEachOnce() {
        confirmed("电动拖把 electric mop", "199.00", RequestedOutcome.REFUND, "QUALITY_DEFECT");
        assertThat(advice().resolution()).isEqualTo(Resolution.RETURN_AND_REFUND);
        assertThat(advice().remedy()).isEqualTo(RemedyKind.SHIPPING_FEE);

        proposeAndAgree(withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "199.00",
                Var.GIVE_SHIPPING_FEE.name(), true, Var.SHIPPING_FEE_AMOUNT.name(), "12.00"));
        returns.shipped(caseId, "圆通 YTO", "YT2026112601");
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
        fixtures.runDueJobs(caseId); // the refund
        assertThat(instance).isWaitingAt(Element.GIVE_REMEDIES);

        gateway.failNext(1); // the provider does not answer the shipping fee at first: the step is retried
        assertThatThrownBy(() -> fixtures.runDueJobs(caseId)).hasMessageContaining("payment provider unavailable");
        fixtures.advance(java.time.Duration.ofMinutes(6));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.FOLLOW_UP_DUE);

        assertThat(ledger.ofCase(caseId)).extracting(LedgerEntry::kind, entry -> entry.amount().toPlainString(),
                        LedgerEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RemedyKind.REFUND, "199.00", RemedyStatus.PAID),
                        org.assertj.core.groups.Tuple.tuple(RemedyKind.SHIPPING_FEE, "12.00", RemedyStatus.PAID));
        assertThat(remedy(RemedyKind.SHIPPING_FEE).attempts()).isEqualTo(2);
        assertThat(refunds.refundable(order.orderId())).as("the shipping fee is on top of the price").isEqualByComparingTo("0.00");
        CaseView view = views.find(caseId).orElseThrow();
        assertThat(view.remedies()).extracting(CaseView.Remedy::kind).containsExactly(RemedyKind.REFUND, RemedyKind.SHIPPING_FEE);
        assertThat(view.refunds()).hasSize(2);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).containsOnlyOnce(Phrase.REMEDY_GIVEN);
    }

    @Test
    void aMissingItemIsReshippedWithAnApologyGiftInTheParcel() {
        confirmed("洗衣机清洗粉 cleaner", "29.90", RequestedOutcome.RESHIP, "MISSING_ITEM");
        assertThat(advice().remedy()).isEqualTo(RemedyKind.GIFT);
        assertThat(register.between(java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(86_400 * 400)))
                .as("a missing item is the warehouse's to answer for").filteredOn(entry -> entry.caseId().equals(caseId))
                .singleElement().satisfies(entry -> assertThat(entry.kind()).isEqualTo(
                        com.aftersales.orders.ShippingRegister.Kind.MISSING_ITEM));

        proposeAndAgree(withVariables(Var.RESOLUTION.name(), "RESHIP", Var.GIVE_GIFT.name(), true,
                Var.GIFT_ITEM.name(), "收纳袋 storage bag"));
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);
        assertThat(task(instance)).hasCandidateGroup(Groups.WAREHOUSE);
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF2026112602"));
        fixtures.runDueJobs(caseId);

        assertThat(instance).isWaitingAt(Element.FOLLOW_UP_DUE);
        assertThat(ledger.ofCase(caseId)).singleElement().satisfies(gift -> {
            assertThat(gift.kind()).isEqualTo(RemedyKind.GIFT);
            assertThat(gift.item()).isEqualTo("收纳袋 storage bag");
            assertThat(gift.status()).isEqualTo(RemedyStatus.ISSUED);
        });
        assertThat(views.find(caseId).orElseThrow().refunds()).as("a gift is not cash").isEmpty();
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.GIFT_PACKED)
                .singleElement().extracting(OutboxMessage::body).asString().contains("收纳袋 storage bag");
    }

    @Test
    void lightDamageIsMadeGoodWithARedEnvelopeAndTheBuyerKeepsTheItem() {
        confirmed("电动拖把 electric mop", "199.00", RequestedOutcome.OTHER, "DAMAGED_IN_TRANSIT");
        assertThat(advice().remedy()).isEqualTo(RemedyKind.RED_ENVELOPE);

        proposeAndAgree(withVariables(Var.RESOLUTION.name(), "EXPLANATION_ONLY", Var.GIVE_RED_ENVELOPE.name(), true,
                Var.RED_ENVELOPE_AMOUNT.name(), "10.00"));
        fixtures.runDueJobs(caseId);

        assertThat(remedy(RemedyKind.RED_ENVELOPE)).satisfies(envelope -> {
            assertThat(envelope.amount()).isEqualByComparingTo("10.00");
            assertThat(envelope.status()).isEqualTo(RemedyStatus.ISSUED);
        });
        assertThat(refunds.refundable(order.orderId())).as("a red envelope is cash out of the order")
                .isEqualByComparingTo("189.00");
    }

    @Test
    void aWrongItemIsExchangedWithACouponForTheNextOrder() {
        confirmed("手机壳 phone case", "39.00", RequestedOutcome.EXCHANGE, "WRONG_ITEM");
        assertThat(advice().remedy()).isEqualTo(RemedyKind.COUPON);

        proposeAndAgree(withVariables(Var.RESOLUTION.name(), "EXCHANGE", Var.GIVE_COUPON.name(), true,
                Var.COUPON_AMOUNT.name(), "20.00"));
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.PROPOSAL).singleElement()
                .extracting(OutboxMessage::body).asString().contains("换货", "另送优惠券 20.00 元", "plus a coupon of 20.00 yuan");
        returns.shipped(caseId, "韵达 Yunda", "YD2026112603");
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF2026112604"));
        fixtures.runDueJobs(caseId);

        assertThat(remedy(RemedyKind.COUPON).status()).isEqualTo(RemedyStatus.ISSUED);
        assertThat(refunds.refundable(order.orderId())).as("a coupon is not cash").isEqualByComparingTo("39.00");
    }

    @Test
    void aTeamLeadsFinalProposalGivesTheAgentsRemediesWithinTheSameRules() {
        confirmed("手机壳 phone case", "39.00", RequestedOutcome.EXCHANGE, "WRONG_ITEM");
        for (int round = 1; round <= 3; round++) {
            proposeAndCounter();
        }
        assertThat(instance).isWaitingAt(Element.LEAD_DECIDE_RESOLUTION);

        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE",
                Var.GIVE_COUPON.name(), true, Var.COUPON_AMOUNT.name(), "300.00")))
                .hasMessageContaining("couponAmount: 300.00 yuan is more than the 200.00 yuan any proposal may give as coupon");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "PARTIAL_REFUND",
                Var.COMPENSATION_AMOUNT.name(), "10.00", Var.GIVE_GIFT.name(), true, Var.GIFT_ITEM.name(), "钥匙扣 key ring")))
                .hasMessageContaining("giftItem: a gift travels in the parcel the warehouse ships");
        assertThat(instance).isWaitingAt(Element.LEAD_DECIDE_RESOLUTION);

        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE", Var.GIVE_COUPON.name(), true,
                Var.COUPON_AMOUNT.name(), "30.00", Var.GIVE_GIFT.name(), true, Var.GIFT_ITEM.name(), "钥匙扣 key ring"));
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.PROPOSAL).last()
                .extracting(OutboxMessage::body).asString().contains("换货", "另送优惠券 30.00 元", "钥匙扣 key ring");
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        returns.shipped(caseId, "韵达 Yunda", "YD2026112605");
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF2026112606"));
        fixtures.runDueJobs(caseId);

        assertThat(remedy(RemedyKind.COUPON).amount()).isEqualByComparingTo("30.00");
        assertThat(remedy(RemedyKind.COUPON).status()).isEqualTo(RemedyStatus.ISSUED);
    }

    private void proposeAndCounter() {
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
        complete(task(instance), withVariables("customerDecision", "COUNTER"));
    }

    @Test
    void aRefundAboveTheAgentsLimitWaitsForATeamLead() {
        confirmed("笔记本电脑 notebook computer", "5299.00", RequestedOutcome.REFUND, "QUALITY_DEFECT");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "5299.00"));

        assertThat(instance).isWaitingAt(Element.APPROVE_COMPENSATION);
        assertThat(task(instance)).hasCandidateGroup(Groups.TEAM_LEADS);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Var.APPROVAL_REASONS.name()))
                .contains("退款", "5299.00", "500.00");
        complete(task(instance), withVariables("compensationApproved", true));
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
    }

    @Test
    void aRefundWithoutReturnOnTheNotebookByAnAgentWaitsForATeamLead() {
        confirmed("笔记本电脑 notebook computer", "5299.00", RequestedOutcome.REFUND, "NOT_RECEIVED");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "REFUND_ONLY", Var.REFUND_AMOUNT.name(), "5299.00"));

        assertThat(instance).isWaitingAt(Element.APPROVE_COMPENSATION);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Var.APPROVAL_REASONS.name()))
                .contains("refund without return", "300.00");
        complete(task(instance), withVariables("compensationApproved", false, "approvalNote", "先联系快递 ask the carrier first"));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
        assertThat(ledger.ofCase(caseId)).isEmpty();
    }

    @Test
    void aVipBuyersCaseComesFirstAndLeavesTheAgentMoreRoom() {
        confirmed("运动鞋 running shoes", "459.00", RequestedOutcome.OTHER, "NOT_AS_DESCRIBED", CustomerTier.VIP);
        assertThat(task(instance).getPriority()).isEqualTo(65);
        assertThat(instance).variables().containsEntry(Var.BUYER_TIER.name(), "VIP")
                .containsEntry(Var.AGENT_COMPENSATION_LIMIT.name(), "22.50");

        complete(task(instance), withVariables(Var.RESOLUTION.name(), "PARTIAL_REFUND", Var.COMPENSATION_AMOUNT.name(), "20.00"));
        assertThat(instance).as("within a VIP's limit, above a regular buyer's 15.00").isWaitingAt(Element.NEGOTIATE);
    }

    @Test
    void aRegularBuyersCaseKeepsTheDefaultPriority() {
        confirmed("运动鞋 running shoes", "459.00", RequestedOutcome.OTHER, "NOT_AS_DESCRIBED");
        assertThat(task(instance).getPriority()).isEqualTo(50);
        assertThat(instance).variables().containsEntry(Var.AGENT_COMPENSATION_LIMIT.name(), "15.00");
    }

    @Test
    void aCombinedProposalThatBreaksAnyRuleIsRefusedAndNothingIsGiven() {
        confirmed("手机壳 phone case", "39.00", RequestedOutcome.REFUND, "NO_REASON_RETURN");

        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND",
                Var.REFUND_AMOUNT.name(), "39.00", Var.GIVE_GIFT.name(), true, Var.GIFT_ITEM.name(), "钥匙扣 key ring")))
                .hasMessageContaining("giftItem: a gift travels in the parcel the warehouse ships");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE",
                Var.GIVE_COUPON.name(), true, Var.COUPON_AMOUNT.name(), "300.00")))
                .hasMessageContaining("couponAmount: 300.00 yuan is more than the 200.00 yuan any proposal may give as coupon");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND",
                Var.REFUND_AMOUNT.name(), "35.00", Var.GIVE_RED_ENVELOPE.name(), true, Var.RED_ENVELOPE_AMOUNT.name(), "5.00")))
                .hasMessageContaining("40.00 yuan together is more than the 39.00 yuan that can still be refunded");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXPLANATION_ONLY",
                Var.GIVE_SHIPPING_FEE.name(), true, Var.SHIPPING_FEE_AMOUNT.name(), "8.00")))
                .hasMessageContaining("shippingFeeAmount: the shop pays back the return shipping only when the goods come back");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE",
                Var.GIVE_COUPON.name(), true)))
                .hasMessageContaining("couponAmount: a positive amount in yuan is needed");

        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
        assertThat(ledger.ofCase(caseId)).isEmpty();
        assertThat(refunds.refundable(order.orderId())).isEqualByComparingTo(new BigDecimal("39.00"));
    }
}
