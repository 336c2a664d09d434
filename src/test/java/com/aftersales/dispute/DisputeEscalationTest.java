package com.aftersales.dispute;

import com.aftersales.vocabulary.Outcome;

import com.aftersales.process.DisputeEscalation;
import com.aftersales.process.EventDelivery;
import com.aftersales.vocabulary.OpenedBy;
import com.aftersales.vocabulary.ResponsibleParty;

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
import com.aftersales.process.EventDelivery.Status;
import com.aftersales.vocabulary.Audience;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispute path: {@code dispute-escalation} called by {@code after-sales-case}, from each of its
 * three triggers to each of its three ends, with every deadline fired by moving the clock.
 */
@AfterSalesTest
class DisputeEscalationTest {

    private static final Duration JUST_PAST = Duration.ofMinutes(1);

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseRepository cases;
    @Autowired CaseViews views;
    @Autowired ReturnShipments returns;
    @Autowired DisputeEvents disputes;
    @Autowired RemedyLedger ledger;
    @Autowired Penalties penalties;
    @Autowired FailingPaymentGateway gateway;
    @Autowired DeadlineProperties deadlines;

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

    /** A quality-defect case whose exchange proposal now waits for the buyer's decision. */
    private void negotiating(String paid) {
        caseId = fixtures.confirmedCase("电动拖把 electric mop", paid, "QUALITY_DEFECT");
        instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.NEGOTIATE);
    }

    /** The buyer rejects the proposal: the dispute starts, its team lead tries first. */
    private ProcessInstance rejected(String paid) {
        negotiating(paid);
        complete(task(instance), withVariables("customerDecision", "REJECTED"));
        return inDispute();
    }

    private ProcessInstance inDispute() {
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.CALL_DISPUTE);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.DISPUTE);
        ProcessInstance dispute = fixtures.disputeOf(caseId);
        assertThat(dispute.getBusinessKey()).isEqualTo(caseId);
        return dispute;
    }

    /** The shop's own attempt runs out: the platform intervenes and the team lead submits evidence. */
    private void intervened(ProcessInstance dispute) {
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.ATTEMPT);
        fixtures.advance(deadlines.disputeAttempt().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(dispute).hasPassed(DisputeEscalation.Element.ATTEMPT_DEADLINE)
                .isWaitingAt(DisputeEscalation.Element.EVIDENCE);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.DISPUTE_PLATFORM_INTERVENES);
        complete(task(dispute), withVariables("evidenceSubmitted", true, "evidenceNote", "质检报告 inspection report"));
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.VERDICT);
    }

    private void assertClosed(String outcome) {
        assertThat(instance).isEnded().variables().containsEntry(Var.OUTCOME.name(), outcome);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo(Outcome.valueOf(outcome));
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.CLOSED);
    }

    @Test
    void aRejectedProposalTheBuyerWithdrawsAfterTheLeadsOfferIsHandledAsAgreed() {
        ProcessInstance dispute = rejected("199.00");
        assertThat(task(dispute)).hasCandidateGroup(Groups.TEAM_LEADS);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.DISPUTE_OPENED).singleElement()
                .satisfies(m -> assertThat(m.recipient()).isEqualTo(Groups.TEAM_LEADS));

        complete(task(dispute), withVariables("buyerWithdrew", true, Var.RESOLUTION.name(), "PARTIAL_REFUND",
                Var.COMPENSATION_AMOUNT.name(), 30.00, "attemptNote", "补偿30元，买家撤诉"));
        assertThat(dispute).hasPassed(DisputeEscalation.Element.CONCLUDE_WITHDRAWN).isEnded();
        // back to handling with the agreed resolution: the compensation is paid once, then the follow-up
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.REFUND).variables()
                .containsEntry(Var.RESOLUTION.name(), "PARTIAL_REFUND").containsEntry(Var.DISPUTE_OUTCOME.name(), "WITHDRAWN");
        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("30.00"));
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.FOLLOW_UP_DUE);
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        complete(task(instance), withVariables("satisfied", true, "satisfactionScore", 4));
        assertClosed("RESOLVED");
        assertThat(penalties.ofCase(caseId)).isEmpty();
    }

    @Test
    void aWithdrawalMustNameTheAgreedResolutionAndNoMoreMoneyThanIsLeft() {
        ProcessInstance dispute = rejected("199.00");
        assertThatThrownBy(() -> complete(task(dispute), withVariables("buyerWithdrew", true, Var.RESOLUTION.name(), null,
                "attemptNote", "买家撤诉")))
                .hasMessageContaining("resolution: name the resolution the buyer agreed to");
        assertThatThrownBy(() -> complete(task(dispute), withVariables("buyerWithdrew", true, Var.RESOLUTION.name(),
                "REFUND_ONLY", Var.REFUND_AMOUNT.name(), 500.00, "attemptNote", "买家撤诉")))
                .hasMessageContaining("refundAmount: 500.00 yuan is more than the 199.00 yuan that can still be refunded");
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.ATTEMPT);
    }

    @Test
    void aSellerLiableVerdictRefundsOnceRecordsThePenaltyAndTellsTheManager() {
        ProcessInstance dispute = rejected("199.00");
        intervened(dispute);
        assertThat(disputes.verdict(caseId, ResponsibleParty.SELLER, null, "扣2分 2 points").status())
                .isEqualTo(Status.DELIVERED);
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.PAY_VERDICT_REFUND);
        gateway.failNext(1); // the first attempt fails and is retried: still one refund
        assertThatThrownBy(() -> fixtures.runDueJobs(caseId)).isNotNull();
        fixtures.advance(Duration.ofMinutes(6));
        fixtures.runDueJobs(caseId);

        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("199.00"));
        assertThat(penalties.ofCase(caseId)).singleElement().satisfies(penalty -> {
            assertThat(penalty.description()).isEqualTo("扣2分 2 points");
            assertThat(penalty.refundAmount()).isEqualByComparingTo("199.00");
        });
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.audience() == Audience.MANAGERS)
                .extracting(OutboxMessage::phrase).containsExactly(Phrase.DISPUTE_PLATFORM_INTERVENES, Phrase.DISPUTE_PENALTY);
        assertThat(dispute).hasPassed(DisputeEscalation.Element.CONCLUDE_SELLER);
        assertClosed("DISPUTE_SELLER_LIABLE");
        assertThat(instance).variables().containsEntry(Var.REFUND_AMOUNT.name(), "199.00");
        assertThat(disputes.verdict(caseId, ResponsibleParty.SELLER, null, null).status())
                .isEqualTo(Status.NOT_WAITING);
    }

    @Test
    void aBuyerLiableVerdictCompletesTheSaleWithoutARefund() {
        ProcessInstance dispute = rejected("199.00");
        intervened(dispute);
        disputes.verdict(caseId, ResponsibleParty.BUYER, null, null);
        assertThat(dispute).hasPassed(DisputeEscalation.Element.CONCLUDE_BUYER)
                .hasNotPassed(DisputeEscalation.Element.RECORD_PENALTY);
        assertClosed("DISPUTE_BUYER_LIABLE");
        assertThat(ledger.ofCase(caseId)).isEmpty();
        assertThat(penalties.ofCase(caseId)).isEmpty();
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.DISPUTE_BUYER_LIABLE);
    }

    @Test
    void aSuspectedCounterfeitGoesStraightToTheDisputeAndTheSellerMustProveAuthenticity() {
        caseId = fixtures.confirmedCase("运动鞋 running shoes", "459.00", "SUSPECTED_COUNTERFEIT");
        instance = fixtures.instanceOf(caseId);
        ProcessInstance dispute = inDispute();
        assertThat(instance).hasNotPassed(AfterSalesCase.Element.PROPOSE_RESOLUTION);
        complete(task(dispute), withVariables("buyerWithdrew", false, "attemptNote", "买家坚持是假货"));
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.EVIDENCE).variables()
                .hasEntrySatisfying("evidenceGuidance", text -> assertThat((String) text).contains("进货凭证", "supplier papers"));
    }

    @Test
    void aComplaintDuringNegotiationStopsTheCasesWorkAndTheDisputeTakesOver() {
        negotiating("199.00");
        assertThat(views.find(caseId).orElseThrow().openDeadlines()).hasSize(2); // the reminder and the decision

        assertThat(disputes.opened(caseId, OpenedBy.BUYER, "买家投诉态度差").status()).isEqualTo(Status.DELIVERED);
        ProcessInstance dispute = inDispute();
        assertThat(instance).variables().containsEntry(Var.DISPUTE_TRIGGER.name(), "COMPLAINT")
                .containsEntry(Var.DISPUTE_REASON.name(), "买家投诉态度差");
        // the negotiation task and its timers are gone; only the dispute's deadline is left
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(views.find(caseId).orElseThrow().openDeadlines()).extracting(d -> d.name())
                .containsExactly("争议：店铺协商期限（3天） Dispute: shop's own attempt (3 days)");
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.ATTEMPT);
    }

    @Test
    void aComplaintWhileTheReturnIsInTransitStopsTheWaitAndAWithdrawalWaitsForTheReturnAgain() {
        negotiating("199.00");
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.RETURN_SHIPMENT);

        disputes.opened(caseId, OpenedBy.BUYER, "退货运费纠纷 return shipping fee");
        ProcessInstance dispute = inDispute();
        assertThat(returns.shipped(caseId, "SF", "SF1").status()).isEqualTo(Status.NOT_WAITING);

        complete(task(dispute), withVariables("buyerWithdrew", true, Var.RESOLUTION.name(), "EXCHANGE", "attemptNote", "运费我们承担"));
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.RETURN_SHIPMENT);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.HANDLING);
        assertThat(returns.shipped(caseId, "SF", "SF2").status()).isEqualTo(Status.DELIVERED);
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.INSPECT_RETURN);
    }

    @Test
    void aCaseIsNeverDisputedTwice() {
        negotiating("199.00");
        disputes.opened(caseId, OpenedBy.BUYER, "第一次投诉");
        ProcessInstance dispute = inDispute();

        // while the dispute runs: the API refuses, and over engine REST the message would reopen a closed case only
        assertThat(disputes.opened(caseId, OpenedBy.PLATFORM, "重复投诉").status())
                .isEqualTo(Status.NOT_WAITING);
        assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(AfterSalesCase.MESSAGE_DISPUTE_OPENED)
                .processInstanceBusinessKey(caseId).correlate())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(caseId + " is not closed");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).count()).isEqualTo(1);

        // after a withdrawal the case works again; a repeated complaint tells the team lead but starts no second dispute
        complete(task(dispute), withVariables("buyerWithdrew", true, Var.RESOLUTION.name(), "EXCHANGE", "attemptNote", "换新"));
        assertThat(disputes.opened(caseId, OpenedBy.BUYER, "又投诉").status()).isEqualTo(Status.NOT_WAITING);
        engine.getRuntimeService().createMessageCorrelation(AfterSalesCase.MESSAGE_DISPUTE_OPENED)
                .processInstanceBusinessKey(caseId).setVariable(Var.DISPUTE_REASON.name(), "又投诉 over engine REST").correlate();
        assertThat(instance).isWaitingAt(AfterSalesCase.Element.RETURN_SHIPMENT);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DisputeEscalation.PROCESS_KEY).processInstanceBusinessKey(caseId).count()).isEqualTo(1);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.DISPUTE_REPEATED);
    }

    @Test
    void theEvidenceDeadlineRemindsTheLeadAndTellsTheManager() {
        ProcessInstance dispute = rejected("199.00");
        fixtures.advance(deadlines.disputeAttempt().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.EVIDENCE);

        fixtures.advance(deadlines.disputeEvidence().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.EVIDENCE);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.DISPUTE_EVIDENCE_OVERDUE)
                .extracting(OutboxMessage::audience).containsExactlyInAnyOrder(Audience.TEAM_LEADS, Audience.MANAGERS);
    }

    @Test
    void aVerdictThatNeverComesRemindsTheLead() {
        ProcessInstance dispute = rejected("199.00");
        fixtures.advance(deadlines.disputeAttempt().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        complete(task(dispute), withVariables("evidenceSubmitted", true, "evidenceNote", "聊天记录 chat log"));
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.VERDICT);

        fixtures.advance(deadlines.verdictReminder().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(dispute).hasPassed(DisputeEscalation.Element.VERDICT_REMINDER)
                .isWaitingAt(DisputeEscalation.Element.VERDICT);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.DISPUTE_VERDICT_OVERDUE)
                .extracting(OutboxMessage::audience).containsExactly(Audience.TEAM_LEADS);
    }

    /** A case that closed as not eligible: the agent offered an alternative the buyer did not want. */
    private void closedAsNotEligible() {
        caseId = fixtures.openCase(fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20), "七天无理由退货");
        instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "NO_REASON_RETURN", "evidenceProvided", true));
        complete(task(instance), withVariables("alternativeDecision", "CLOSE_NOT_ELIGIBLE"));
        assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void aDisputeOnACaseClosedThreeDaysAgoReopensItAndTheSellerLiableVerdictRefundsOnce() {
        closedAsNotEligible();
        fixtures.advance(Duration.ofDays(3));
        assertThat(disputes.opened(caseId, OpenedBy.BUYER, "买家不服，投诉到平台 the buyer complains").status())
                .isEqualTo(Status.DELIVERED);

        ProcessInstance reopened = fixtures.instanceOf(caseId);
        assertThat(reopened.getId()).isNotEqualTo(instance.getId());
        assertThat(reopened).hasPassed(AfterSalesCase.Element.REOPEN_FOR_DISPUTE).isWaitingAt(AfterSalesCase.Element.CALL_DISPUTE)
                .variables().containsEntry(Var.ORDER_ID.name(), cases.find(caseId).orElseThrow().orderId())
                .containsEntry(Var.ISSUE_TYPE.name(), "NO_REASON_RETURN");
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.DISPUTE);
        instance = reopened;
        ProcessInstance dispute = inDispute();

        fixtures.advance(deadlines.disputeAttempt().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(disputes.verdict(caseId, ResponsibleParty.SELLER, null, "扣2分").status()).isEqualTo(Status.DELIVERED);
        fixtures.runDueJobs(caseId);
        assertThat(dispute).isEnded();
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("459.00"));
        assertThat(penalties.ofCase(caseId)).hasSize(1);
        assertClosed("DISPUTE_SELLER_LIABLE");
        assertThat(disputes.opened(caseId, OpenedBy.BUYER, "again").status()).isEqualTo(Status.NOT_WAITING);
    }

    @Test
    void staffToolsReopenAClosedCaseWithTheDisputeOpenedMessageOverEngineRest() {
        closedAsNotEligible();
        fixtures.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(AfterSalesCase.MESSAGE_DISPUTE_OPENED)
                .processInstanceBusinessKey(caseId).correlate())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(Var.DISPUTE_OPENED_BY.name());
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);

        engine.getRuntimeService().createMessageCorrelation(AfterSalesCase.MESSAGE_DISPUTE_OPENED)
                .processInstanceBusinessKey(caseId).setVariable(Var.DISPUTE_OPENED_BY.name(), "BUYER")
                .setVariable(Var.DISPUTE_REASON.name(), "客服工具登记的投诉 logged by a staff tool").correlate();
        ProcessInstance reopened = fixtures.instanceOf(caseId);
        assertThat(reopened).hasPassed(AfterSalesCase.Element.REOPEN_FOR_DISPUTE)
                .isWaitingAt(AfterSalesCase.Element.CALL_DISPUTE);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(fixtures.disputeOf(caseId)).isNotNull();
    }

    @Test
    void aDisputeSixteenDaysAfterClosingIsRefusedAndStartsNothing() {
        closedAsNotEligible();
        fixtures.advance(Duration.ofDays(16));
        EventDelivery.Result refused = disputes.opened(caseId, OpenedBy.BUYER, "太晚了");
        assertThat(refused.status()).isEqualTo(Status.NOT_WAITING);
        assertThat(refused.detail()).contains("closed more than 15 days ago");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .count()).isEqualTo(1);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aDisputeThePlatformOpensSkipsTheShopsAttemptAndAVerdictMayComeBeforeTheEvidence() {
        negotiating("199.00");
        disputes.opened(caseId, OpenedBy.PLATFORM, "平台小二介入");
        ProcessInstance dispute = inDispute();
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.EVIDENCE)
                .hasNotPassed(DisputeEscalation.Element.ATTEMPT);

        assertThat(disputes.verdict(caseId, ResponsibleParty.SELLER, new BigDecimal("50.00"), null).status())
                .isEqualTo(Status.DELIVERED);
        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("50.00"));
        assertClosed("DISPUTE_SELLER_LIABLE");
    }

    @Test
    void aVerdictIsRefusedWhileTheShopStillTriesAndAboveWhatIsLeftAndAClosedCaseTakesNoDispute() {
        ProcessInstance dispute = rejected("199.00");
        assertThat(disputes.verdict(caseId, ResponsibleParty.SELLER, null, null).status())
                .isEqualTo(Status.NOT_WAITING);
        fixtures.advance(deadlines.disputeAttempt().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(disputes.verdict(caseId, ResponsibleParty.SELLER, new BigDecimal("199.01"), null).status())
                .isEqualTo(Status.TOO_MUCH);
        assertThat(dispute).isWaitingAt(DisputeEscalation.Element.EVIDENCE);

        disputes.verdict(caseId, ResponsibleParty.BUYER, null, null);
        assertClosed("DISPUTE_BUYER_LIABLE");
        assertThat(disputes.opened(caseId, OpenedBy.BUYER, "结案后投诉").status()).isEqualTo(Status.NOT_WAITING);
    }
}
