package com.aftersales.process;

import com.aftersales.vocabulary.Channel;

import com.aftersales.vocabulary.Outcome;

import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.casefile.CaseViews;
import com.aftersales.vocabulary.Step;
import com.aftersales.routing.AgentAvailability;
import com.aftersales.routing.Availability;
import com.aftersales.vocabulary.Audience;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.tasks.TaskCompletionRefused;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps 1–3 of {@code after-sales-case}: one test per path, up to the proposal. */
@AfterSalesTest
class AfterSalesCaseProcessTest {

    private static final Duration JUST_PAST = Duration.ofMinutes(1);

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseRepository cases;
    @Autowired CaseViews views;
    @Autowired DeadlineProperties deadlines;
    @Autowired AgentAvailability availability;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A new buyer's case, verified, whose problem needs photos the buyer has not sent yet. */
    private ProcessInstance confirmedWithoutPhotos(String item, String paid, String issueType) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder(item, paid, 2), "买家反馈 buyer's report");
        ProcessInstance instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), issueType, Var.EVIDENCE_PROVIDED.name(), false));
        return instance;
    }

    /** What the order look-up found, as the case file keeps it. */
    private CaseRecord.OrderCheck orderCheck(String caseId) {
        return cases.find(caseId).orElseThrow().orderCheck();
    }

    @Test
    void aVerifiedOrderAndConfirmedProblemReachTheProposalWithTheRecommendation() {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        String caseId = fixtures.openCase(order, "拖把电池充不进电 The battery won't charge");
        ProcessInstance instance = fixtures.instanceOf(caseId);

        assertThat(instance).isWaitingAt(Element.VERIFY_ORDER)
                .hasVariables(Var.CASE_ID.name(), Var.ORDER_ID.name(), Var.BUYER_ID.name(), Var.CHANNEL.name())
                .variables().containsEntry(Var.ORDER_PAID_AMOUNT.name(), "199.00");
        assertThat(orderCheck(caseId)).isEqualTo(new CaseRecord.OrderCheck(true, true));
        assertThat(task(instance)).hasCandidateGroup(Groups.AGENTS);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.VERIFICATION);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).containsExactly(Phrase.ACKNOWLEDGE);

        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        assertThat(instance).isWaitingAt(Element.CONFIRM_PROBLEM);
        assertThat(task(instance)).hasCandidateGroup(Groups.AGENTS);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.CONFIRMATION);

        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "QUALITY_DEFECT", Var.EVIDENCE_PROVIDED.name(), true,
                Var.EVIDENCE_LINKS.name(), "https://img.example/mop.jpg"));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION).hasPassedInOrder(Element.REGISTER_CASE,
                Element.LOOKUP_ORDER, Element.VERIFY_ORDER, Element.CONFIRM_PROBLEM, Element.RECOMMEND_RESOLUTION);
        assertThat(views.find(caseId).orElseThrow())
                .satisfies(view -> {
                    assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
                    assertThat(view.step()).isEqualTo(Step.PROPOSAL);
                    assertThat(view.issueType()).isEqualTo(com.aftersales.vocabulary.IssueType.QUALITY_DEFECT);
                    assertThat(view.recommendation().resolution()).isEqualTo(Resolution.EXCHANGE);
                    assertThat(view.recommendation().returnShippingPaidBy()).isEqualTo(ShippingPayer.SELLER);
                });
    }

    @Test
    void unknownOrderAsksTheBuyerAndContinuesWithTheCorrectedOrder() {
        Fixtures.Order order = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20);
        String caseId = fixtures.openCase(new Fixtures.Order("TB00000000", order.buyerId()), "鞋子开胶");
        ProcessInstance instance = fixtures.instanceOf(caseId);
        assertThat(orderCheck(caseId)).isEqualTo(new CaseRecord.OrderCheck(false, false));

        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), false));
        assertThat(instance).isWaitingAt(Element.AWAIT_ORDER_DETAILS);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.ASK_ORDER_DETAILS);
        assertThat(views.find(caseId).orElseThrow().openDeadlines())
                .extracting(deadline -> deadline.name()).containsExactly("买家回复期限（2天） Buyer reply window (2 days)");

        complete(task(instance), withVariables(Var.ORDER_ID.name(), order.orderId(), "buyerReply", "订单号写错了"));
        assertThat(instance).isWaitingAt(Element.VERIFY_ORDER).variables()
                .containsEntry(Var.ORDER_ID.name(), order.orderId());
        assertThat(orderCheck(caseId)).isEqualTo(new CaseRecord.OrderCheck(true, true));
        assertThat(cases.find(caseId).orElseThrow().orderId()).isEqualTo(order.orderId());

        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "NOT_AS_DESCRIBED", Var.EVIDENCE_PROVIDED.name(), false));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
    }

    @Test
    void buyerWhoNeverSendsOrderDetailsClosesTheCaseAsNoResponse() {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String caseId = fixtures.openCase(new Fixtures.Order("TB99999999", order.buyerId()), "没收到");
        ProcessInstance instance = fixtures.instanceOf(caseId);
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), false));
        assertThat(instance).isWaitingAt(Element.AWAIT_ORDER_DETAILS);

        fixtures.advance(deadlines.buyerReply().minus(JUST_PAST));
        assertThat(fixtures.runDueJobs(caseId)).isZero();

        fixtures.advance(JUST_PAST.multipliedBy(2));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isEnded().hasPassed(Element.ORDER_DETAILS_REPLY, Element.CLOSE_NO_RESPONSE)
                .variables().containsEntry(Var.OUTCOME.name(), "NO_RESPONSE");
        CaseRecord record = cases.find(caseId).orElseThrow();
        assertThat(record.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(record.outcome()).isEqualTo(Outcome.NO_RESPONSE);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).endsWith(Phrase.CASE_CLOSED_NO_RESPONSE);
    }

    @Test
    void damageClaimWithoutPhotosAsksForThemAndContinuesWhenTheyArrive() {
        ProcessInstance instance = confirmedWithoutPhotos("洗衣机清洗粉 washing-machine cleaner", "29.90", "DAMAGED_IN_TRANSIT");
        String caseId = instance.getBusinessKey();

        assertThat(instance).isWaitingAt(Element.AWAIT_EVIDENCE);
        assertThat(task(instance)).hasCandidateGroup(Groups.AGENTS);
        assertThat(fixtures.outbox(caseId)).extracting(OutboxMessage::phrase).contains(Phrase.ASK_EVIDENCE);
        assertThat(views.find(caseId).orElseThrow().step()).isEqualTo(Step.CONFIRMATION);

        complete(task(instance), withVariables(Var.EVIDENCE_LINKS.name(), "https://img.example/broken-box.jpg"));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION).hasPassedInOrder(Element.AWAIT_EVIDENCE,
                Element.RECOMMEND_RESOLUTION).variables().containsEntry(Var.EVIDENCE_PROVIDED.name(), true);
    }

    @Test
    void photosThatNeverArriveCloseTheCaseAsNoResponse() {
        ProcessInstance instance = confirmedWithoutPhotos("运动鞋 running shoes", "459.00", "WRONG_ITEM");
        String caseId = instance.getBusinessKey();
        assertThat(instance).isWaitingAt(Element.AWAIT_EVIDENCE);

        fixtures.advance(deadlines.buyerReply().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        assertThat(instance).isEnded().hasPassed(Element.EVIDENCE_REPLY, Element.CLOSE_NO_RESPONSE)
                .variables().containsEntry(Var.OUTCOME.name(), "NO_RESPONSE");
    }

    @Test
    void promisedLookUpTimeRemindsTheAgentAndTellsTheTeamLeadWithoutStoppingTheWork() {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        String caseId = fixtures.openCase(order, "拖把不转");
        ProcessInstance instance = fixtures.instanceOf(caseId);
        engine.getTaskService().claim(task(instance).getId(), "agent1");
        assertThat(task(instance).getPriority()).isEqualTo(50);

        fixtures.advance(deadlines.lookup().minus(JUST_PAST));
        assertThat(fixtures.runDueJobs(caseId)).isZero();
        fixtures.advance(JUST_PAST.multipliedBy(2));
        assertThat(fixtures.runDueJobs(caseId)).isEqualTo(1);

        assertThat(instance).isWaitingAt(Element.VERIFY_ORDER).hasPassed(Element.REMIND_LOOKUP_OVERDUE);
        assertThat(task(instance)).isAssignedTo("agent1");
        assertThat(task(instance).getPriority()).isEqualTo(90);
        assertThat(fixtures.outbox(caseId))
                .filteredOn(message -> message.phrase() == Phrase.LOOKUP_OVERDUE_AGENT
                        || message.phrase() == Phrase.LOOKUP_OVERDUE_LEAD)
                .extracting(OutboxMessage::audience, OutboxMessage::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.AGENT, "agent1"),
                        org.assertj.core.groups.Tuple.tuple(Audience.TEAM_LEADS, Groups.TEAM_LEADS));

        // the look-up goes on and finishes as usual
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "OTHER", Var.EVIDENCE_PROVIDED.name(), false));
        assertThat(instance).isWaitingAt(Element.PROPOSE_RESOLUTION);
    }

    @Test
    void aBuyersNewCaseGoesToTheAgentOfTheirPreviousCase() {
        Fixtures.Order first = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        String firstCase = fixtures.openCase(first, "第一次咨询");
        ProcessInstance firstInstance = fixtures.instanceOf(firstCase);
        assertThat(task(firstInstance)).isNotAssigned();
        engine.getTaskService().claim(task(firstInstance).getId(), "agent2");
        assertThat(cases.find(firstCase).orElseThrow().agentId()).isEqualTo("agent2");

        Fixtures.Order second = fixtures.orderOf(first.buyerId(), first.orderId() + "B", "拖把头 mop head", "25.00", 1);
        String secondCase = fixtures.openCase(second, "又有问题");
        ProcessInstance instance = fixtures.instanceOf(secondCase);
        assertThat(instance).isWaitingAt(Element.VERIFY_ORDER).variables().containsEntry(Var.CASE_AGENT.name(), "agent2");
        assertThat(task(instance)).isAssignedTo("agent2").hasCandidateGroupAssociated(Groups.AGENTS);
        assertThat(fixtures.outbox(secondCase)).extracting(OutboxMessage::phrase)
                .doesNotContain(Phrase.BUYER_AGENT_UNAVAILABLE);
    }

    @Test
    void whenTheBuyersAgentIsAwayTheCaseGoesToTheGroupAndTheTeamLeadIsTold() {
        Fixtures.Order first = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        ProcessInstance firstInstance = fixtures.instanceOf(fixtures.openCase(first, "第一次咨询"));
        engine.getTaskService().claim(task(firstInstance).getId(), "agent2");
        availability.set("agent2", Availability.AWAY);
        try {
            String secondCase = fixtures.openCase(first, "第二次咨询");
            ProcessInstance instance = fixtures.instanceOf(secondCase);
            assertThat(task(instance)).isNotAssigned().hasCandidateGroup(Groups.AGENTS);
            assertThat(fixtures.outbox(secondCase)).filteredOn(m -> m.phrase() == Phrase.BUYER_AGENT_UNAVAILABLE)
                    .singleElement().satisfies(m -> {
                        assertThat(m.audience()).isEqualTo(Audience.TEAM_LEADS);
                        assertThat(m.body()).contains("agent2", first.buyerId(), secondCase);
                    });
        } finally {
            availability.set("agent2", Availability.AVAILABLE);
        }
    }

    @Test
    void aCaseStartedFromTheTasklistStartFormGetsItsIdAndRecord() {
        Fixtures.Order order = fixtures.deliveredOrder("教材配套资料 textbook materials", "58.00", 3);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(AfterSalesCase.PROCESS_KEY,
                Variables.createVariables().putValue(Var.ORDER_ID.name(), order.orderId()).putValue(Var.BUYER_ID.name(), order.buyerId())
                        .putValue(Var.CHANNEL.name(), "QQ").putValue(Var.DESCRIPTION.name(), "缺页 Pages missing"));

        ProcessInstance started = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(started.getBusinessKey()).matches("AS-\\d{8}-[2-9A-Z]{8}");
        assertThat(started).isWaitingAt(Element.VERIFY_ORDER).variables()
                .containsEntry(Var.CASE_ID.name(), started.getBusinessKey());
        assertThat(cases.find(started.getBusinessKey()).orElseThrow())
                .extracting(CaseRecord::processInstanceId, CaseRecord::orderId, CaseRecord::channel)
                .containsExactly(instance.getId(), order.orderId(), Channel.QQ);
    }

    @Test
    void aStartWithAnUnknownChannelIsRefusedAndLeavesNothing() {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(AfterSalesCase.PROCESS_KEY,
                Map.of(Var.ORDER_ID.name(), order.orderId(), Var.BUYER_ID.name(), order.buyerId(), Var.CHANNEL.name(), "FAX")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'FAX' is not a channel");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(cases.search(order.buyerId(), null, 1000)).isEmpty();
    }

    @Test
    void completionsWithMissingOrInvalidFieldsAreRefusedAndTheCaseStaysWhereItWas() {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        String caseId = fixtures.openCase(order, "拖把坏了");
        ProcessInstance instance = fixtures.instanceOf(caseId);

        assertThatThrownBy(() -> complete(task(instance), Map.of()))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class).hasMessageContaining("orderVerified");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), "yes")))
                .hasMessageContaining("orderVerified: is required and must be true or false");
        assertThat(instance).isWaitingAt(Element.VERIFY_ORDER);

        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true));
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.ISSUE_TYPE.name(), "BROKEN", Var.EVIDENCE_PROVIDED.name(), true)))
                .hasMessageContaining("issueType: 'BROKEN' is not one of");
        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.EVIDENCE_PROVIDED.name(), true)))
                .hasMessageContaining("issueType: is required");
        assertThat(instance).isWaitingAt(Element.CONFIRM_PROBLEM).variables().doesNotContainKey(Var.ISSUE_TYPE.name());
    }

    @Test
    void anOrderOfAnotherBuyerCannotBeMarkedVerified() {
        Fixtures.Order someoneElses = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 2);
        String caseId = fixtures.openCase(new Fixtures.Order(someoneElses.orderId(), "buyer-impostor"), "退货");
        ProcessInstance instance = fixtures.instanceOf(caseId);
        assertThat(orderCheck(caseId)).isEqualTo(new CaseRecord.OrderCheck(true, false));

        assertThatThrownBy(() -> complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), true)))
                .hasMessageContaining("belongs to another buyer");
        complete(task(instance), withVariables(Var.ORDER_VERIFIED.name(), false));
        assertThat(instance).isWaitingAt(Element.AWAIT_ORDER_DETAILS);
    }
}
