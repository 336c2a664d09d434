package com.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.casefile.CaseView;
import com.aftersales.casefile.CaseViews;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.RequestedOutcome;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shop's own clock and no silent endings: the seller's response time with its reminder and the marketplace's
 * automatic agreement, due dates and service levels on staff tasks, a follow-up nobody answers, the buyer's last
 * word on a final proposal, a lead's take-over that orders new handling, and a word to the buyer at every ending.
 */
@AfterSalesTest
class AfterSalesCaseShopClockTest {

    private static final Duration JUST_PAST = Duration.ofMinutes(1);

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseRepository cases;
    @Autowired CaseViews views;
    @Autowired ReturnShipments returns;
    @Autowired RemedyLedger ledger;
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

    /** A new buyer's case whose problem is confirmed and which now waits for the shop's proposal. */
    private void atTheProposal(String item, String paid, int daysSinceDelivery, RequestedOutcome asked, String issueType) {
        caseId = fixtures.openCase(fixtures.deliveredOrder(item, paid, daysSinceDelivery), "买家反馈 buyer's report", asked);
        instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), issueType, Var.EVIDENCE_PROVIDED.name(), true));
    }

    private List<Phrase> phrases() {
        return fixtures.outbox(caseId).stream().map(OutboxMessage::phrase).toList();
    }

    private void assertClosed(Outcome outcome, Phrase toldTheBuyer) {
        assertThat(instance).isEnded();
        assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo(outcome);
        assertThat(fixtures.outbox(caseId)).last().satisfies(message -> {
            assertThat(message.phrase()).isEqualTo(toldTheBuyer);
            assertThat(message.audience()).isEqualTo(Audience.BUYER);
        });
    }

    @Test
    void aRefundRequestTheShopDoesNotAnswerIsRemindedHalfWayThenAgreedAutomatically() {
        atTheProposal("洗衣机清洗粉 washing-machine cleaner", "29.90", 1, RequestedOutcome.REFUND, "NOT_AS_DESCRIBED");
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
        assertThat(views.find(caseId).orElseThrow().openDeadlines()).extracting(CaseView.OpenDeadline::name)
                .contains("卖家响应提醒（12小时） Seller response reminder (12 hours)",
                        "卖家响应时限（1天） Seller response time (1 day)");

        fixtures.advance(deadlines.sellerResponseReminder().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION).hasPassed(Element.SELLER_RESPONSE_REMINDER);
        assertThat(phrases()).contains(Phrase.SELLER_RESPONSE_REMINDER);

        fixtures.advance(deadlines.sellerResponse().minus(deadlines.sellerResponseReminder()));
        fixtures.runDueJobs(caseId);
        assertThat(instance).hasPassed(Element.SELLER_RESPONSE, Element.AGREE_AUTOMATICALLY)
                .hasNotPassed(Element.NEGOTIATE).isWaitingAt(Element.REFUND);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.SELLER_RESPONSE_OVERDUE)
                .extracting(OutboxMessage::audience).containsExactlyInAnyOrder(Audience.AGENT, Audience.TEAM_LEADS);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.AGREED_AUTOMATICALLY).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("自动同意", "退款 29.90 元", "refund of 29.90 yuan"));

        fixtures.runDueJobs(caseId);
        assertThat(ledger.ofCase(caseId)).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("29.90"));
        CaseView view = views.find(caseId).orElseThrow();
        assertThat(view.agreedAutomatically()).isTrue();
        assertThat(view.resolution()).hasToString("REFUND_ONLY");
    }

    @Test
    void aRequestAboveTheAutomaticLimitStaysWithTheAgentAndTheTeamLeadIsTold() {
        atTheProposal("运动鞋 running shoes", "459.00", 3, RequestedOutcome.REFUND, "QUALITY_DEFECT");
        fixtures.advance(deadlines.sellerResponse().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION).hasNotPassed(Element.AGREE_AUTOMATICALLY);
        assertThat(phrases()).contains(Phrase.SELLER_RESPONSE_OVERDUE).doesNotContain(Phrase.AGREED_AUTOMATICALLY);
        assertThat(views.find(caseId).orElseThrow().agreedAutomatically()).isNull();
    }

    @Test
    void everyTaskCarriesItsDueDateFromTheConfiguredDeadline() {
        atTheProposal("电动拖把 electric mop", "199.00", 2, RequestedOutcome.EXCHANGE, "QUALITY_DEFECT");
        Task proposal = task(instance);
        // the engine reads its clock once for the creation and once for the due date: a millisecond or two apart
        assertThat(proposal.getDueDate()).isCloseTo(Date.from(proposal.getCreateTime().toInstant()
                .plus(deadlines.sellerResponse())), 1000);
        complete(proposal, withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
        Task negotiation = task(instance);
        assertThat(negotiation.getDueDate()).isCloseTo(Date.from(negotiation.getCreateTime().toInstant()
                .plus(deadlines.proposalDecision())), 1000);
    }

    @Test
    void aStaffTaskPastItsServiceLevelRemindsWhoWorksItTellsTheLeadAndRisesToTheTop() {
        atTheProposal("手机壳 phone case", "39.00", 2, RequestedOutcome.RESHIP, "MISSING_ITEM");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "RESHIP"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);
        Task ship = task(instance);
        assertThat(ship.getDueDate()).isNotNull();
        engine.getTaskService().claim(ship.getId(), "warehouse1");

        fixtures.advance(deadlines.shipItem().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);
        assertThat(engine.getTaskService().createTaskQuery().taskId(ship.getId()).singleResult().getPriority()).isEqualTo(90);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.TASK_OVERDUE).singleElement()
                .satisfies(m -> {
                    assertThat(m.recipient()).isEqualTo("warehouse1");
                    assertThat(m.audience()).isEqualTo(Audience.WAREHOUSE);
                });
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.TASK_OVERDUE_LEAD).singleElement()
                .satisfies(m -> assertThat(m.recipient()).isEqualTo(Groups.TEAM_LEADS));
    }

    @Test
    void aFollowUpNobodyAnswersClosesAsResolvedWithoutAnAnswerAndTellsTheBuyer() {
        atTheProposal("手机壳 phone case", "39.00", 2, RequestedOutcome.OTHER, "OTHER");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXPLANATION_ONLY"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isWaitingAt(Element.FOLLOW_UP);

        fixtures.advance(deadlines.followUpAnswer().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).hasPassed(Element.FOLLOW_UP_ANSWER, Element.CLOSE_WITHOUT_ANSWER);
        assertClosed(Outcome.RESOLVED, Phrase.CASE_CLOSED_WITHOUT_ANSWER);
        assertThat(views.find(caseId).orElseThrow().followUpAnswered()).isFalse();
    }

    @Test
    void anAnsweredFollowUpSaysSo() {
        atTheProposal("手机壳 phone case", "39.00", 2, RequestedOutcome.OTHER, "OTHER");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXPLANATION_ONLY"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        complete(task(instance), withVariables("satisfied", true, "satisfactionScore", 5));
        assertClosed(Outcome.RESOLVED, Phrase.CASE_CLOSED_RESOLVED);
        assertThat(views.find(caseId).orElseThrow().followUpAnswered()).isTrue();
    }

    @Test
    void aNoReasonRequestOutOfItsWindowGoesToAnAgentWhoOffersARepairInstead() {
        atTheProposal("运动鞋 running shoes", "459.00", 20, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        assertThat(instance).isWaitingAt(Element.OFFER_ALTERNATIVE).hasNotPassed(Element.CLOSE_NOT_ELIGIBLE);
        assertThat(task(instance)).hasCandidateGroup(Groups.AGENTS);
        complete(task(instance), withVariables("alternativeDecision", "OFFER_ALTERNATIVE",
                "alternativeNote", "买家同意维修 the buyer takes a repair"));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "REPAIR"));
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
    }

    @Test
    void aBuyerWhoRejectsTheLeadsFinalProposalGoesToTheDispute() {
        atTheProposal("电动拖把 electric mop", "199.00", 2, RequestedOutcome.RETURN, "QUALITY_DEFECT");
        for (int round = 0; round <= 2; round++) {
            complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXCHANGE"));
            complete(task(instance), withVariables("customerDecision", "COUNTER"));
        }
        assertThat(instance).isWaitingAt(Element.LEAD_DECIDE_RESOLUTION);
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "PARTIAL_REFUND", Var.COMPENSATION_AMOUNT.name(), "30.00"));
        assertThat(instance).isWaitingAt(Element.NEGOTIATE);
        complete(task(instance), withVariables("customerDecision", "REJECTED"));
        assertThat(instance).isWaitingAt(Element.CALL_DISPUTE);
    }

    /** An explanation the buyer accepts but is unhappy with, twice: the case reopens once, then a team lead takes over. */
    private void takenOverAfterTwoUnsatisfiedFollowUps() {
        atTheProposal("手机壳 phone case", "39.00", 2, RequestedOutcome.OTHER, "OTHER");
        for (int reopen = 0; reopen <= 1; reopen++) {
            complete(task(instance), withVariables(Var.RESOLUTION.name(), "EXPLANATION_ONLY"));
            complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
            fixtures.advance(deadlines.followUp().plus(JUST_PAST));
            fixtures.runDueJobs(caseId);
            complete(task(instance), withVariables("satisfied", false, "satisfactionScore", 1));
            if (reopen == 0) {
                complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
                complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "OTHER", Var.EVIDENCE_PROVIDED.name(), true));
            }
        }
        assertThat(instance).isWaitingAt(Element.LEAD_TAKE_OVER);
    }

    @Test
    void aTeamLeadWhoTakesOverOrdersAReshipmentAndTheCaseClosesWithWhatHappened() {
        takenOverAfterTwoUnsatisfiedFollowUps();
        assertThatThrownBy(() -> complete(task(instance), withVariables("takeOverDecision", "HANDLE_AGAIN",
                Var.RESOLUTION.name(), "REFUND_ONLY", Var.REFUND_AMOUNT.name(), "39.01", "leadNote", "全额退款")))
                .hasMessageContaining("refundAmount: 39.01 yuan is more than the 39.00 yuan that can still be refunded");
        complete(task(instance), withVariables("takeOverDecision", "HANDLE_AGAIN", Var.RESOLUTION.name(), "RESHIP",
                "leadNote", "组长决定补发新品 the lead ships a new case"));
        assertThat(instance).isWaitingAt(Element.SHIP_ITEM);
        complete(task(instance), withVariables("shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF555"));
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        complete(task(instance), withVariables("satisfied", true, "satisfactionScore", 4));
        assertClosed(Outcome.RESOLVED, Phrase.CASE_CLOSED_RESOLVED);
        assertThat(instance).variables().containsEntry(Var.HANDLING_ROUND.name(), 3);
    }

    @Test
    void aTeamLeadMayCloseATakenOverCaseAsWithdrawn() {
        takenOverAfterTwoUnsatisfiedFollowUps();
        complete(task(instance), withVariables("takeOverDecision", "CLOSE_WITHDRAWN", "leadNote", "买家不再追究"));
        assertThat(instance).hasPassed(Element.CLOSE_WITHDRAWN);
        assertClosed(Outcome.WITHDRAWN, Phrase.CASE_CLOSED_WITHDRAWN);
    }

    @Test
    void aRejectedReturnTellsTheBuyerWhatTheInspectionFound() {
        atTheProposal("运动鞋 running shoes", "459.00", 3, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "459.00"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        returns.shipped(caseId, "中通 ZTO", "ZTO1");
        complete(task(instance), withVariables(Var.RETURN_CONDITION.name(), "NOT_AS_EXPECTED",
                "inspectionNote", "鞋底有明显穿着磨损 visible wear on the soles"));
        complete(task(instance), withVariables("leadReturnDecision", "REJECT_RETURN"));
        assertClosed(Outcome.NOT_ELIGIBLE, Phrase.CASE_CLOSED_RETURN_REJECTED);
        assertThat(fixtures.outbox(caseId)).last().satisfies(m ->
                assertThat(m.body()).contains("鞋底有明显穿着磨损 visible wear on the soles", "ask the platform to step in"));
    }

    @Test
    void aReturnNeverShippedTellsTheBuyerWhy() {
        atTheProposal("运动鞋 running shoes", "459.00", 3, RequestedOutcome.RETURN, "NO_REASON_RETURN");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "459.00"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        fixtures.advance(deadlines.returnShipment().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertClosed(Outcome.RETURN_NOT_SHIPPED, Phrase.CASE_CLOSED_RETURN_NOT_SHIPPED);
        assertThat(fixtures.outbox(caseId)).last().satisfies(m -> assertThat(m.body()).contains("7天内", "within 7 days"));
    }

    @Test
    void aRefundNotPaidInTimeTellsFinanceAndTheManagers() {
        atTheProposal("手机壳 phone case", "39.00", 2, RequestedOutcome.REFUND, "NOT_AS_DESCRIBED");
        complete(task(instance), withVariables(Var.RESOLUTION.name(), "PARTIAL_REFUND", Var.COMPENSATION_AMOUNT.name(), "10.00"));
        complete(task(instance), withVariables("customerDecision", "ACCEPTED"));
        assertThat(instance).isWaitingAt(Element.REFUND);
        gateway.failNext(3);
        for (int attempt = 1; attempt <= 3; attempt++) { // the step's retries, as the job executor would run them
            var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(Element.REFUND).singleResult();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("payment provider unavailable");
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        fixtures.advance(deadlines.refundPayment().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).hasPassed(Element.REFUND_PAYMENT_DEADLINE).isWaitingAt(Element.REFUND);
        assertThat(fixtures.outbox(caseId)).filteredOn(m -> m.phrase() == Phrase.REFUND_PAYMENT_OVERDUE)
                .extracting(OutboxMessage::recipient).containsExactlyInAnyOrder(Groups.FINANCE, Groups.MANAGERS);
        assertThat(ledger.ofCase(caseId)).as("asked for, not paid").singleElement()
                .satisfies(refund -> assertThat(refund.status()).isEqualTo(com.aftersales.vocabulary.RemedyStatus.PENDING));
    }
}
