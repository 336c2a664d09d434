package com.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.Resolution;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logistics and pre-delivery contacts, the bulk of after-sales work (DOMAIN.md): urging shipment (催发货), a slow or
 * lost parcel (物流慢/查物流), an address change (改地址). One test per path.
 */
@AfterSalesTest
class AfterSalesCaseLogisticsTest {

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseRepository cases;
    @Autowired RemedyLedger ledger;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.aftersales.orders.LogisticsEvents logisticsEvents;
    @Autowired DeadlineProperties deadlines;
    @Autowired com.aftersales.kpi.KpiQueryService kpis;
    @Autowired java.time.Clock clock;

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

    /** The buyer's contact, verified and classified by the agent. */
    private void contact(Fixtures.Order order, String issueType, RequestedOutcome asked) {
        caseId = fixtures.openCase(order, "买家咨询 the buyer asks", asked);
        instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), issueType, Var.EVIDENCE_PROVIDED.name(), true));
    }

    private void assertClosedResolved() {
        assertThat(instance).isEnded();
        assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void threeUrgesOnAnUnshippedOrder() {
        Fixtures.Order order = fixtures.unshippedOrder("蓝牙耳机 bluetooth earphones", "89.00", Duration.ofDays(-1));

        // first urge, past the promised time: an apology with a gift in the parcel the warehouse ships now
        contact(order, "NOT_SHIPPED", RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.APOLOGISE).variables().containsEntry(Var.URGES.name(), 1)
                .containsEntry(Var.PAST_PROMISE.name(), true).containsEntry(Var.RECOMMENDED_ROUTE.name(), "LOGISTICS");
        complete(task(instance), withVariables(Var.GIVE_GIFT.name(), true, Var.GIFT_ITEM.name(), "耳机收纳包 earphone pouch"));
        assertThat(instance).isWaitingAt(Element.SHIP_URGED);
        assertThat(task(instance)).hasCandidateGroup(Groups.WAREHOUSE);
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF2026112610"));
        fixtures.runDueJobs(caseId);
        assertClosedResolved();
        assertThat(ledger.ofCase(caseId)).singleElement().satisfies(gift -> {
            assertThat(gift.kind()).isEqualTo(RemedyKind.GIFT);
            assertThat(gift.status()).isEqualTo(RemedyStatus.ISSUED);
        });
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.ITEM_SHIPPED, Phrase.GIFT_PACKED)
                .doesNotContain(Phrase.URGED_AGAIN);

        // second urge: a coupon, and the team lead hears of it
        contact(order, "NOT_SHIPPED", RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.APOLOGISE).variables().containsEntry(Var.URGES.name(), 2);
        complete(task(instance), withVariables(Var.GIVE_COUPON.name(), true, Var.COUPON_AMOUNT.name(), "10.00"));
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.URGED_AGAIN)
                .singleElement().satisfies(message -> assertThat(message.audience()).isEqualTo(Audience.TEAM_LEADS));
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF2026112611"));
        fixtures.runDueJobs(caseId);
        assertClosedResolved();

        // third urge: the agent offers to cancel; the buyer cancels and is refunded in full, once
        contact(order, "NOT_SHIPPED", RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.OFFER_CANCELLATION).variables().containsEntry(Var.URGES.name(), 3);
        complete(task(instance), withVariables(Var.CANCELLATION_ACCEPTED.name(), true));
        fixtures.runDueJobs(caseId);
        assertClosedResolved();
        assertThat(ledger.ofCase(caseId)).singleElement().satisfies(refund -> {
            assertThat(refund.kind()).isEqualTo(RemedyKind.REFUND);
            assertThat(refund.amount()).isEqualByComparingTo("89.00");
            assertThat(refund.status()).isEqualTo(RemedyStatus.PAID);
        });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Var.RESOLUTION.name()).singleResult().getValue()).isEqualTo("REFUND_ONLY");

        // the managers' view counts the contacts and the urges (other tests' cases share the database: at least)
        var logistics = kpis.kpis().report(com.aftersales.kpi.Period.DAYS_7, null, ClockUtil.getCurrentTime().toInstant(),
                clock.getZone()).logistics();
        assertThat(logistics.contacts()).extracting(com.aftersales.kpi.KpiReport.Count::value).contains("NOT_SHIPPED");
        assertThat(logistics.urges()).isGreaterThanOrEqualTo(3);
        assertThat(logistics.ordersUrgedAgain()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUrgeBeforeThePromisedTimeIsReassured() {
        contact(fixtures.unshippedOrder("保温杯 thermos cup", "69.00", Duration.ofHours(20)), "NOT_SHIPPED",
                RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.REASSURE).variables().containsEntry(Var.PAST_PROMISE.name(), false);
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.BUYER_REASSURED.name(), false)))
                .hasMessageContaining("buyerReassured: must be confirmed");
        complete(task(instance), withVariables(Var.BUYER_REASSURED.name(), true));
        assertClosedResolved();
        assertThat(ledger.ofCase(caseId)).isEmpty();
    }

    @Test
    void aBuyerWhoCannotWaitIsOfferedCancellationAtOnceAndMayKeepTheOrder() {
        contact(fixtures.unshippedOrder("运动鞋 running shoes", "459.00", Duration.ofDays(-2)), "NOT_SHIPPED",
                RequestedOutcome.REFUND);
        assertThat(instance).isWaitingAt(Element.OFFER_CANCELLATION);
        complete(task(instance), withVariables(Var.CANCELLATION_ACCEPTED.name(), false));
        assertThat(instance).isWaitingAt(Element.SHIP_URGED);
        complete(task(instance), withVariables("shipmentCarrier", "中通 ZTO", "shipmentTrackingNumber", "ZT2026112612"));
        assertClosedResolved();
        assertThat(ledger.ofCase(caseId)).isEmpty();
    }

    @Test
    void anApologyAboveTheAgentsLimitIsRefused() {
        contact(fixtures.unshippedOrder("运动鞋 running shoes", "459.00", Duration.ofDays(-2)), "NOT_SHIPPED",
                RequestedOutcome.OTHER);
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.GIVE_RED_ENVELOPE.name(), true,
                Var.RED_ENVELOPE_AMOUNT.name(), "25.00")))
                .hasMessageContaining("redEnvelopeAmount: 现金红包 cash red envelope 25.00 元 > 客服上限 agent's limit 20.00 元; ask a team lead");
        assertThat(instance).isWaitingAt(Element.APOLOGISE);
    }

    @Test
    void aStalledParcelIsChasedAndTheBuyerToldWhatTheCarrierSaid() {
        contact(fixtures.shippedOrder("保温杯 thermos cup", "69.00", 4), "LOGISTICS_DELAY", RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.CHASE_CARRIER).variables().containsEntry(Var.SHIPPING_STATE.name(), "SHIPPED")
                .containsEntry(Var.TRACKING_STALLED.name(), true);
        complete(task(instance), withVariables(Var.CARRIER_ANSWER.name(), "包裹在杭州转运中心，明天派送", Var.PARCEL_LOST.name(), false));

        assertClosedResolved();
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.CARRIER_ANSWER)
                .singleElement().extracting(OutboxMessage::body).asString().contains("包裹在杭州转运中心，明天派送");
    }

    @Test
    void aLostParcelIsRegisteredAndReshippedAsNotReceived() {
        Fixtures.Order order = fixtures.shippedOrder("电动拖把 electric mop", "199.00", 6);
        contact(order, "LOGISTICS_DELAY", RequestedOutcome.RESHIP);
        complete(task(instance), withVariables(Var.CARRIER_ANSWER.name(), "快递确认丢件", Var.PARCEL_LOST.name(), true));

        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION).variables()
                .containsEntry(Var.ISSUE_TYPE.name(), "NOT_RECEIVED");
        assertThat(cases.find(caseId).orElseThrow().recommended().resolution()).isEqualTo(Resolution.RESHIP);
        assertThat(jdbc.queryForMap("select order_id, carrier, tracking_number, amount from shipping_register where case_id = ? and kind = 'LOST'", caseId))
                .containsEntry("ORDER_ID", order.orderId()).containsEntry("CARRIER", "顺丰 SF");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "RESHIP"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);

        // the month's register, as Cockpit's after-sales view and its CSV show it
        java.time.ZoneId zone = clock.getZone();
        var register = kpis.kpis().shippingRegister(java.time.YearMonth.now(clock), zone);
        assertThat(register.entries()).filteredOn(entry -> entry.getCaseId().equals(caseId)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getKind()).isEqualTo("LOST");
                    assertThat(entry.getAmount()).isEqualByComparingTo("199.00");
                });
        assertThat(register.lostByCarrier()).extracting(com.aftersales.kpi.RegisterReport.Total::key).contains("顺丰 SF");
        assertThat(register.csv(zone)).startsWith("caseId,kind,orderId,carrier,trackingNumber,amount,registeredAt\r\n")
                .contains(caseId + ",LOST," + order.orderId() + ",顺丰 SF,");
    }

    @Test
    void anAddressChangeBeforeShipmentGoesToTheWarehouse() {
        Fixtures.Order order = fixtures.unshippedOrder("手机壳 phone case", "39.00", Duration.ofDays(1));
        contact(order, "ADDRESS_CHANGE", RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.CHANGE_ADDRESS);
        complete(task(instance), withVariables(Var.NEW_ADDRESS.name(), "王女士 13800000000 杭州市滨江区江南大道 9 号"));

        assertClosedResolved();
        assertThat(jdbc.queryForObject("select shipping_address from shop_order where order_id = ?", String.class,
                order.orderId())).isEqualTo("王女士 13800000000 杭州市滨江区江南大道 9 号");
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.ADDRESS_CHANGED).singleElement()
                .satisfies(message -> {
                    assertThat(message.audience()).isEqualTo(Audience.WAREHOUSE);
                    assertThat(message.body()).contains("江南大道 9 号");
                });
    }

    @Test
    void anAddressChangeAfterShipmentAsksTheCarrierToRedirect() {
        Fixtures.Order order = fixtures.shippedOrder("手机壳 phone case", "39.00", 1);
        contact(order, "ADDRESS_CHANGE", RequestedOutcome.OTHER);
        assertThat(instance).isWaitingAt(Element.REDIRECT_PARCEL);
        complete(task(instance), withVariables(Var.NEW_ADDRESS.name(), "李先生 13900000000 上海市静安区南京西路 3 号",
                Var.CARRIER_ANSWER.name(), "已改派，预计后天送达", Var.REDIRECTED.name(), true));

        assertClosedResolved();
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.CARRIER_ANSWER);
        assertThat(ledger.ofCase(caseId)).extracting(LedgerEntry::kind).isEmpty();
    }

    @Test
    void aRefundRequestBeforeDeliveryTheBuyerWithdrawsKeepsTheOrder() {
        contact(fixtures.shippedOrder("电动拖把 electric mop", "199.00", 3), "LOGISTICS_DELAY", RequestedOutcome.REFUND);
        assertThat(instance).isWaitingAt(Element.KEEP_ORDER);
        complete(task(instance), withVariables(Var.KEEP_ORDER_DECISION.name(), "WITHDRAWN",
                Var.CARRIER_ANSWER.name(), "已到杭州，明天派送"));

        assertThat(instance).isEnded();
        assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(ledger.ofCase(caseId)).isEmpty();
    }

    @Test
    void aRecalledParcelIsRefundedOnceTheCarrierReportsItBack() {
        Fixtures.Order order = fixtures.shippedOrder("电动拖把 electric mop", "199.00", 3);
        contact(order, "LOGISTICS_DELAY", RequestedOutcome.REFUND);
        complete(task(instance), withVariables(Var.KEEP_ORDER_DECISION.name(), "RECALL"));
        assertThat(instance).isWaitingAt(Element.PARCEL_RETURNED);

        // the parcel takes its time: the team lead hears of it, the case still waits
        fixtures.advance(deadlines.parcelReturn().plusMinutes(1));
        fixtures.runDueJobs(caseId);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.PARCEL_NOT_BACK);
        assertThat(instance).isWaitingAt(Element.PARCEL_RETURNED);

        logisticsEvents.record(new com.aftersales.orders.LogisticsEvent(order.orderId(),
                com.aftersales.vocabulary.LogisticsEventType.RETURNED_TO_SENDER, "顺丰 SF", "SF-BACK",
                ClockUtil.getCurrentTime().toInstant(), "拒收 refused by the buyer"));
        fixtures.runDueJobs(caseId);
        assertClosedResolved();
        assertThat(ledger.ofCase(caseId)).singleElement().satisfies(refund -> {
            assertThat(refund.amount()).isEqualByComparingTo("199.00");
            assertThat(refund.status()).isEqualTo(RemedyStatus.PAID);
        });
    }

    @Test
    void aRefundRequestBeforeDeliveryNobodyAnswersIsAgreedAtTheEndOfTheResponseTime() {
        contact(fixtures.shippedOrder("保温杯 thermos cup", "69.00", 3), "LOGISTICS_DELAY", RequestedOutcome.REFUND);
        assertThat(instance).isWaitingAt(Element.KEEP_ORDER);
        fixtures.advance(deadlines.refundBeforeDelivery().plusMinutes(1));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(Element.REFUND_BEFORE_DELIVERY_DEADLINE).singleResult()
                .getId()); // the response time runs out
        fixtures.runDueJobs(caseId); // the refund

        assertClosedResolved();
        assertThat(instance).hasPassed(Element.REFUND_BEFORE_DELIVERY_DEADLINE);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("69.00"));
    }

    @Test
    void aParcelMarkedShippedButNotPickedUpInTimeIsListedForTheTeamLeads() {
        Fixtures.Order late = fixtures.shippedOrder("保温杯 thermos cup", "69.00", 2);
        Fixtures.Order fresh = fixtures.shippedOrder("手机壳 phone case", "39.00", 0);
        java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
        java.util.function.Supplier<java.util.List<String>> atRisk = () -> kpis.kpis()
                .shipmentsNotPickedUp(now.minus(java.time.Duration.ofHours(24))).stream()
                .map(com.aftersales.kpi.ShipmentAtRisk::getOrderId).toList();
        assertThat(atRisk.get()).contains(late.orderId()).doesNotContain(fresh.orderId());

        logisticsEvents.record(new com.aftersales.orders.LogisticsEvent(late.orderId(),
                com.aftersales.vocabulary.LogisticsEventType.PICKED_UP, "顺丰 SF", "SF-PICK", now, null));
        assertThat(atRisk.get()).doesNotContain(late.orderId());
    }
}
