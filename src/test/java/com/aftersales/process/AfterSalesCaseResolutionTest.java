package com.aftersales.process;

import com.aftersales.vocabulary.Outcome;

import com.aftersales.process.EventDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.casefile.CaseViews;
import com.aftersales.vocabulary.Step;
import com.aftersales.dispute.DisputeEvents;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.notification.ReturnsProperties;
import com.aftersales.vocabulary.Audience;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.aftersales.database.LockTimeout;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Steps 4–7 of {@code after-sales-case}: from the policy's recommendation to a closed case, one test per path. */
@AfterSalesTest
class AfterSalesCaseResolutionTest {

    private static final Duration JUST_PAST = Duration.ofMinutes(1);

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseRepository cases;
    @Autowired CaseViews views;
    @Autowired ReturnShipments returns;
    @Autowired DisputeEvents disputes;
    @Autowired RemedyLedger ledger;
    @Autowired com.aftersales.refund.Refunds refunds;
    @Autowired com.aftersales.support.FailingPaymentGateway gateway;
    @Autowired DeadlineProperties deadlines;
    @Autowired ReturnsProperties returnsConfig;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired LockTimeout lockTimeout;

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

    /** A case whose problem is confirmed (with photos), now waiting for the agent's proposal. */
    private void confirmed(String item, String paid, int daysSinceDelivery, RequestedOutcome asked, String issueType) {
        verifyAndConfirm(item, paid, daysSinceDelivery, asked, issueType);
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
    }

    /** Opens a case for a new buyer's order and completes verification and confirmation (with photos). */
    private void verifyAndConfirm(String item, String paid, int daysSinceDelivery, RequestedOutcome asked, String issueType) {
        Fixtures.Order order = fixtures.deliveredOrder(item, paid, daysSinceDelivery);
        caseId = fixtures.openCase(order, "买家反馈 buyer's report", asked);
        instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), issueType, Var.EVIDENCE_PROVIDED.name(), true));
    }

    private void proposeAndAgree(String key, Object value, Object... more) {
        complete(task(instance), withVariables(key, value, more));
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
    }

    private void followUpSatisfied() {
        assertThat(instance).isWaitingAt(Element.FOLLOW_UP_DUE);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.FOLLOW_UP);
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.FOLLOW_UP);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.FOLLOW_UP);
        complete(task(instance), withVariables("satisfied", true, "satisfactionScore", 5));
    }

    private void assertClosed(String outcome) {
        assertThat(instance).isEnded().variables().containsEntry(Var.OUTCOME.name(), outcome);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo(Outcome.valueOf(outcome));
    }

    @Test
    void theMopWithADeadBatteryIsExchangedThoughTheBuyerAskedForAReturn() {
        confirmed("电动拖把 electric mop", "199.00", 2, RequestedOutcome.RETURN, "QUALITY_DEFECT");
        assertThat(cases.find(caseId).orElseThrow().recommended().resolution()).isEqualTo(Resolution.EXCHANGE);
        assertThat(instance).variables().containsEntry(Var.RETURN_SHIPPING_PAID_BY.name(), "SELLER");

        proposeAndAgree(Var.RESOLUTION.name(), "EXCHANGE");
        assertThat(instance).isWaitingAt(Element.RETURN_SHIPMENT);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.HANDLING);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase)
                .contains(Phrase.PROPOSAL, Phrase.RETURN_INSTRUCTIONS);
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.RETURN_INSTRUCTIONS)
                .singleElement().extracting(OutboxMessage::body).asString()
                .contains("退货地址：" + returnsConfig.address(), "包装要求：" + returnsConfig.packing().zh(),
                        "Return address: " + returnsConfig.address(), "Packing: " + returnsConfig.packing().en());

        assertThat(returns.shipped(caseId, "顺丰 SF", "SF1234567890").status()).isEqualTo(EventDelivery.Status.DELIVERED);
        assertThat(instance).isWaitingAt(Element.INSPECT_RETURN).variables()
                .containsEntry(Var.RETURN_TRACKING_NUMBER.name(), "SF1234567890");
        assertThat(task(instance)).hasCandidateGroup(Groups.WAREHOUSE);
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF0987654321"));

        followUpSatisfied();
        assertClosed("RESOLVED");
        assertThat(instance).hasPassed(Element.SHIP_ITEM).hasNotPassed(Element.REFUND);
        assertThat(ledger.ofCase(caseId)).isEmpty();
    }

    @Test
    void aNoReasonReturnIsRefundedOnceAfterInspection() {
        confirmed("教材配套资料 textbook materials", "58.00", 3, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        assertThat(cases.find(caseId).orElseThrow().recommended().resolution()).isEqualTo(Resolution.RETURN_AND_REFUND);
        assertThat(instance).variables().containsEntry(Var.RETURN_SHIPPING_PAID_BY.name(), "BUYER");

        proposeAndAgree(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "58.00");
        returns.shipped(caseId, "中通 ZTO", "ZTO778899");
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
        assertThat(instance).isWaitingAt(Element.REFUND); // an asynchronous step: retried, never paid twice
        fixtures.runDueJobs(caseId);

        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("58.00"));
        assertThat(views.find(caseId).orElseThrow().refunds()).hasSize(1);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.REFUND_PAID);
        followUpSatisfied();
        assertClosed("RESOLVED");
    }

    @Test
    void aReturnNeverShippedClosesTheCaseWithoutARefund() {
        confirmed("运动鞋 running shoes", "459.00", 2, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        proposeAndAgree(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "459.00");
        assertThat(views.find(caseId).orElseThrow().openDeadlines()).extracting(d -> d.name())
                .contains("买家寄回退货（7天） Buyer ships the return (7 days)");

        fixtures.advance(deadlines.returnShipment().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertClosed("RETURN_NOT_SHIPPED");
        assertThat(instance).hasPassed(Element.RETURN_SHIPMENT_DEADLINE, Element.CLOSE_RETURN_NOT_SHIPPED);
        assertThat(ledger.ofCase(caseId)).isEmpty();
        assertThat(returns.shipped(caseId, "SF", "SF1").status()).isEqualTo(EventDelivery.Status.NOT_WAITING);
    }

    @Test
    void aReturnShippedButNeverInspectedIsRefundedAutomatically() {
        confirmed("手机壳 phone case", "39.00", 1, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        proposeAndAgree(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "39.00");
        returns.shipped(caseId, "韵达 Yunda", "YD123456");
        assertThat(instance).isWaitingAt(Element.INSPECT_RETURN);

        fixtures.advance(deadlines.returnInspection().plus(JUST_PAST));
        fixtures.runDueJobs(caseId); // the inspection deadline
        fixtures.runDueJobs(caseId); // the refund step
        assertThat(instance).hasPassed(Element.RETURN_INSPECTION_DEADLINE, Element.ACCEPT_UNINSPECTED_RETURN, Element.REFUND)
                .isWaitingAt(Element.FOLLOW_UP_DUE);
        assertThat(ledger.refundedForOrder(cases.find(caseId).orElseThrow().orderId())).isEqualByComparingTo("39.00");
    }

    @Test
    void aRefundThatCannotBePaidBecomesAnIncidentForFinanceAndNoMoneyMoves() {
        confirmed("手机壳 phone case", "39.00", 1, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        proposeAndAgree(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "39.00");
        returns.shipped(caseId, "韵达 Yunda", "YD654321");
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "AS_EXPECTED"));
        // meanwhile the order was partly refunded elsewhere: 39.00 is now more than is left
        refunds.pay(new com.aftersales.refund.RemedyOrder("elsewhere-" + caseId,
                cases.find(caseId).orElseThrow().orderId(), com.aftersales.vocabulary.RemedyKind.REFUND, "MANUAL",
                new java.math.BigDecimal("10.00")));

        for (int attempt = 0; attempt < 3; attempt++) {
            var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(Element.REFUND).singleResult();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("more than the 29.00 yuan that can still be refunded");
            fixtures.advance(Duration.ofMinutes(6));
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult())
                .satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo(Element.REFUND));
        assertThat(instance).isWaitingAt(Element.REFUND);
        assertThat(ledger.ofCase(caseId)).isEmpty();
    }

    @Test
    void aDatabaseBlipDuringARefundUsesUpNoAttempt() {
        confirmed("教材配套资料 textbook materials", "58.00", 1, RequestedOutcome.REFUND, "NOT_RECEIVED");
        gateway.failNext(5, new org.springframework.jdbc.CannotGetJdbcConnectionException("database unreachable",
                new java.sql.SQLTransientConnectionException("Connection is not available, request timed out")));
        proposeAndAgree(Var.RESOLUTION.name(), "REFUND_ONLY", Var.REFUND_AMOUNT.name(), "58.00");
        for (int blip = 0; blip < 5; blip++) { // more blips than the step has attempts
            var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(Element.REFUND).singleResult();
            assertThat(job.getRetries()).isEqualTo(3);
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("database unreachable");
            fixtures.advance(Duration.ofSeconds(11));
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("58.00"));
    }

    @Test
    void aRefundThatKeepsFailingBecomesAnIncidentAndIsPaidOnceWhenFinanceRetriesItOverEngineRest() {
        confirmed("教材配套资料 textbook materials", "58.00", 1, RequestedOutcome.REFUND, "NOT_RECEIVED");
        gateway.failNext(3); // the payment provider is down for every automatic attempt
        proposeAndAgree(Var.RESOLUTION.name(), "REFUND_ONLY", Var.REFUND_AMOUNT.name(), "58.00");
        for (int attempt = 0; attempt < 3; attempt++) {
            var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(Element.REFUND).singleResult();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("payment provider unavailable");
            fixtures.advance(Duration.ofMinutes(6));
        }
        var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(Element.REFUND);
        assertThat(ledger.ofCase(caseId)).as("asked for, not paid").singleElement()
                .satisfies(refund -> assertThat(refund.status()).isEqualTo(com.aftersales.vocabulary.RemedyStatus.PENDING));

        // finance, in Cockpit once the provider is back: may not touch the case or the incident itself, only retry
        Http http = new Http(port);
        assertThat(http.send("PUT", "/engine-rest/process-instance/" + instance.getId() + "/variables/refundAmount",
                "finance1", "finance1", "{\"value\":\"1.00\"}").statusCode()).isEqualTo(403);
        assertThat(http.send("PUT", "/engine-rest/incident/" + incident.getId() + "/annotation", "finance1", "finance1",
                "{\"annotation\":\"provider back\"}").statusCode()).isEqualTo(403);
        assertThat(http.send("DELETE", "/engine-rest/incident/" + incident.getId(), "finance1", "finance1", null)
                .statusCode()).as("a failed job's incident is resolved by retrying the job").isEqualTo(400);
        assertThat(http.send("PUT", "/engine-rest/job/" + incident.getConfiguration() + "/retries", "finance1",
                "finance1", "{\"retries\":1}").statusCode()).isEqualTo(204);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .as("the retry resolves the incident").isZero();
        fixtures.runDueJobs(caseId);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("58.00"));
        assertThat(instance).isWaitingAt(Element.FOLLOW_UP_DUE);
    }

    @Test
    void aRefundWhoseAccountAnotherTransactionHoldsGivesUpWithinTheLockTimeoutAndIsPaidOnceRetried() throws Exception {
        confirmed("教材配套资料 textbook materials", "58.00", 1, RequestedOutcome.REFUND, "NOT_RECEIVED");
        proposeAndAgree(Var.RESOLUTION.name(), "REFUND_ONLY", Var.REFUND_AMOUNT.name(), "58.00");
        String orderId = cases.find(caseId).orElseThrow().orderId();
        // the order's refund account, as a first look at the order opens it, held by a session that does not end
        jdbc.update("insert into refund_account (order_id, paid_amount, opened_at) values (?, ?, ?)", orderId,
                new java.math.BigDecimal("58.00"), java.sql.Timestamp.from(java.time.Instant.now()));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.queryForList("select paid_amount from refund_account where order_id = ? for update", orderId);
            held.countDown();
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(Element.REFUND).singleResult();
            long started = System.nanoTime();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .satisfies(failure -> assertThat(causes(failure))
                            .anyMatch(cause -> cause.getMessage() != null
                                    && cause.getMessage().matches("(?s).*(lock timeout|Timeout trying to lock).*")));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            // it waited for the lock, then gave up within the lock timeout, far within the job's own lock
            assertThat(waited).isGreaterThan(lockTimeout.timeout().dividedBy(2))
                    .isLessThan(lockTimeout.timeout().plusSeconds(5));
        } finally {
            release.countDown();
            holder.join(30_000);
        }
        assertThat(ledger.ofCase(caseId)).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Element.REFUND).singleResult().getRetries()).as("no attempt spent: retried shortly")
                .isEqualTo(3);
        assertThat(fixtures.runDueJobs(caseId)).as("not due at once").isZero();

        fixtures.advance(Duration.ofSeconds(11));
        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("58.00"));
        assertThat(ledger.refundedForOrder(orderId)).isEqualByComparingTo("58.00");
        assertThat(instance).isWaitingAt(Element.FOLLOW_UP_DUE);
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    @Test
    void aMissingItemIsReshippedByTheWarehouse() {
        confirmed("洗衣机清洗粉 cleaner", "29.90", 1, RequestedOutcome.RESHIP, "MISSING_ITEM");
        proposeAndAgree(Var.RESOLUTION.name(), "RESHIP");
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);
        assertThat(task(instance)).hasCandidateGroup(Groups.WAREHOUSE);
        assertThatThrownBy(() -> complete(task(instance), withVariables("shipmentCarrier", "顺丰")))
                .hasMessageContaining("shipmentTrackingNumber: is required");
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF555"));
        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.ITEM_SHIPPED).singleElement()
                .satisfies(message -> assertThat(message.audience()).isEqualTo(Audience.BUYER))
                .extracting(OutboxMessage::body).asString()
                .contains("快递：顺丰 SF，单号：SF555", "Carrier: 顺丰 SF, tracking number: SF555");
        followUpSatisfied();
        assertClosed("RESOLVED");
    }

    @Test
    void compensationWithinTheAgentsCapNeedsNoApproval() {
        confirmed("手机壳 phone case", "39.00", 5, RequestedOutcome.OTHER, "NOT_AS_DESCRIBED");
        proposeAndAgree(Var.RESOLUTION.name(), "PARTIAL_REFUND", Var.COMPENSATION_AMOUNT.name(), 10.00);
        assertThat(instance).hasNotPassed(Element.APPROVE_COMPENSATION).isWaitingAt(Element.REFUND);
        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("10.00"));
    }

    @Test
    void compensationAboveTheAgentsCapNeedsATeamLead() {
        confirmed("运动鞋 running shoes", "459.00", 3, RequestedOutcome.OTHER, "NOT_AS_DESCRIBED");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "PARTIAL_REFUND", Var.COMPENSATION_AMOUNT.name(), 30.00));
        assertThat(instance).isWaitingAt(Element.APPROVE_COMPENSATION);
        assertThat(task(instance)).hasCandidateGroup(Groups.TEAM_LEADS);

        complete(task(instance), withVariables("compensationApproved", false));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "PARTIAL_REFUND", Var.COMPENSATION_AMOUNT.name(), 20.00));
        complete(task(instance), withVariables("compensationApproved", true));
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
    }

    @Test
    void aRefundAboveWhatIsLeftIsRefusedAtTheProposal() {
        confirmed("手机壳 phone case", "39.00", 2, RequestedOutcome.REFUND, "NO_REASON_RETURN");
        assertThatThrownBy(() -> complete(task(instance),
                withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "39.01")))
                .hasMessageContaining("refundAmount: 39.01 yuan is more than the 39.00 yuan that can still be refunded");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.RESOLUTION.name(), "REFUND_ONLY")))
                .hasMessageContaining("refundAmount: REFUND_ONLY needs a positive amount");
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
    }

    @Test
    void counterOffersGoBackToTheProposalUntilATeamLeadDecides() {
        confirmed("电动拖把 electric mop", "199.00", 2, RequestedOutcome.RETURN, "QUALITY_DEFECT");
        for (int round = 1; round <= 2; round++) {
            complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
            complete(task(instance), withVariables("customerDecision", "COUNTER"));
            assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION).variables()
                    .containsEntry(Var.COUNTER_OFFERS.name(), round);
        }
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
        complete(task(instance), withVariables("customerDecision", "COUNTER"));
        assertThat(instance).isWaitingAt(Element.LEAD_DECIDE_RESOLUTION);
        assertThat(task(instance)).hasCandidateGroup(Groups.TEAM_LEADS);

        complete(task(instance), withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "199.00"));
        // the buyer has the last word on the lead's final proposal: to accept or reject it, not to counter again
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.PROPOSAL).hasSize(4);
        assertThatThrownBy(() -> complete(task(instance), withVariables("customerDecision", "COUNTER")))
                .hasMessageContaining("customerDecision: this is the team lead's final proposal");
        // the form's radio offers the three answers; anything else is refused, as from the select it was
        assertThatThrownBy(() -> complete(task(instance), withVariables("customerDecision", "MAYBE")))
                .hasMessageContaining("customerDecision: 'MAYBE' is not one of [ACCEPTED, COUNTER, REJECTED]");
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        assertThat(instance).isWaitingAt(Element.RETURN_SHIPMENT);
    }

    @Test
    void aBuyerWhoNeverDecidesIsRemindedThenTheCaseClosesAsNoResponse() {
        confirmed("电动拖把 electric mop", "199.00", 2, RequestedOutcome.RETURN, "QUALITY_DEFECT");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);

        fixtures.advance(deadlines.proposalReminder().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.PROPOSAL_REMINDER);

        fixtures.advance(deadlines.proposalDecision().minus(deadlines.proposalReminder()));
        fixtures.runDueJobs(caseId);
        assertClosed("NO_RESPONSE");
        assertThat(instance).hasPassed(Element.PROPOSAL_DECISION);
    }

    @Test
    void anUnsatisfiedBuyerReopensTheCaseOnceThenATeamLeadTakesOver() {
        confirmed("手机壳 phone case", "39.00", 2, RequestedOutcome.OTHER, "OTHER");
        proposeAndAgree(Var.RESOLUTION.name(), "EXPLANATION_ONLY");
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        complete(task(instance), withVariables("satisfied", false, "satisfactionScore", 2));
        assertThat(instance).isWaitingAt(Element.VERIFY_ORDER).variables().containsEntry(Var.REOPENS.name(), 1);

        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "OTHER", Var.EVIDENCE_PROVIDED.name(), true));
        proposeAndAgree(Var.RESOLUTION.name(), "EXPLANATION_ONLY");
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        complete(task(instance), withVariables("satisfied", false, "satisfactionScore", 1));
        assertThat(instance).isWaitingAt(Element.LEAD_TAKE_OVER);
        complete(task(instance), withVariables("takeOverDecision", "CLOSE_RESOLVED",
                "leadNote", "电话沟通后买家接受 The buyer accepted after a call"));
        assertClosed("RESOLVED");
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).endsWith(Phrase.CASE_CLOSED_RESOLVED);
    }

    @Test
    void aNoReasonReturnAfterTheWindowGoesToAnAgentWhoClosesItWithAWordToTheBuyer() {
        verifyAndConfirm("运动鞋 running shoes", "459.00", 20, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        assertThat(instance).isWaitingAt(Element.OFFER_ALTERNATIVE);
        assertThat(views.find(caseId).orElseThrow().recommendation().eligible()).isFalse();
        complete(task(instance), withVariables("alternativeDecision", "CLOSE_NOT_ELIGIBLE"));
        assertClosed("NOT_ELIGIBLE");
        assertThat(instance).hasPassed(Element.CLOSE_NOT_ELIGIBLE).hasNotPassed(Element.PROPOSE_RESOLUTION);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.CASE_CLOSED_NOT_ELIGIBLE).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("7天无理由退货期", "7 days no-reason return window"));
    }

    @Test
    void aSuspectedCounterfeitGoesStraightToTheDisputePath() {
        verifyAndConfirm("运动鞋 running shoes", "459.00", 3, RequestedOutcome.REFUND, "SUSPECTED_COUNTERFEIT");
        assertThat(instance).isWaitingAt(Element.CALL_DISPUTE).hasNotPassed(Element.PROPOSE_RESOLUTION)
                .variables().containsEntry(Var.DISPUTE_TRIGGER.name(), "SUSPECTED_COUNTERFEIT");
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.DISPUTE);
    }
}
