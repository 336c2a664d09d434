package com.aftersales.kpi;

import com.aftersales.vocabulary.ResponsibleParty;
import com.aftersales.dispute.DisputeEvents;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.review.NewReview;
import com.aftersales.review.ReviewEvents;
import com.aftersales.review.ReviewIntake;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.vocabulary.RevisedRating;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * A fortnight of after-sales work with known outcomes, run through the real application: cases opened
 * as integrators open them, tasks claimed and completed as agents and the warehouse do, deadlines run
 * out by moving the engine's clock. Each case is driven to where it stays before the next one starts,
 * so no deadline runs out by accident. What happened is recorded for the tests to compare with.
 *
 * <ul>
 * <li>3 exchanges (quality defects, agent1; scores 5, 4, 5; closed 1, 2, 3 hours after the follow-up fell due)</li>
 * <li>1 return and refund of 58.00 (a no-reason return, agent2; score 3)</li>
 * <li>1 explanation the buyer was twice unsatisfied with, closed by a team lead (agent1; score 1)</li>
 * <li>1 case closed as no response: the buyer never sent photos (quality defect, nobody claimed it)</li>
 * <li>1 dispute the seller was found liable for (a rejected exchange, agent1): the shop's own attempt ran out,
 *     the platform ordered the refund of the 199.00 paid and a penalty</li>
 * <li>2 negative reviews: one revised at once (closed), one still waiting to be handled, past its 7 days</li>
 * <li>open: 1 rejected proposal on the dispute path, 1 refund stuck in an incident (agent2),
 *     1 case past its look-up time (reminder sent), 1 case whose look-up time ran out a minute ago (timer not yet run)</li>
 * </ul>
 */
public final class KpiScenario {

    static final Instant START = LocalDateTime.of(2030, 3, 4, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    private static final Duration JUST_PAST = Duration.ofMinutes(1);

    private final Fixtures fixtures;
    private final ReturnShipments returns;
    private final DisputeEvents disputes;
    private final TaskService tasks;
    private final FailingPaymentGateway gateway;
    private final ProcessEngine engine;
    private final DeadlineProperties deadlines;
    private final ReviewIntake reviewIntake;
    private final ReviewEvents reviewEvents;

    /** When each closed case closed, and how long each took, by issue type. */
    final List<Instant> closedAt = new ArrayList<>();
    final Map<String, List<Duration>> timeToClose = new LinkedHashMap<>();
    String disputeCase;
    String incidentCase;
    String lookupOverdueCase;
    String lookupDueCase;

    public KpiScenario(ApplicationContext context) {
        this.fixtures = context.getBean(Fixtures.class);
        this.returns = context.getBean(ReturnShipments.class);
        this.disputes = context.getBean(DisputeEvents.class);
        this.engine = context.getBean(ProcessEngine.class);
        this.tasks = engine.getTaskService();
        this.gateway = context.getBean(FailingPaymentGateway.class);
        this.deadlines = context.getBean(DeadlineProperties.class);
        this.reviewIntake = context.getBean(ReviewIntake.class);
        this.reviewEvents = context.getBean(ReviewEvents.class);
    }

    public KpiScenario run() {
        ClockUtil.setCurrentTime(Date.from(START));
        reviews();
        exchange(5, 1, "20.00");
        exchange(4, 2, null);
        exchange(5, 3, null);
        returnAndRefund();
        explanationTwiceUnsatisfied();
        noResponse();
        sellerLiableDispute();
        disputeCase = rejectedProposal();
        incidentCase = refundIncident();
        lookupOverdueCase = open("买家咨询 a question", RequestedOutcome.OTHER);
        fixtures.advance(deadlines.lookup().plus(JUST_PAST));
        fixtures.runDueJobs(lookupOverdueCase);
        lookupDueCase = open("买家咨询 another question", RequestedOutcome.OTHER);
        fixtures.advance(deadlines.lookup().plus(JUST_PAST));
        return this;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** @param coupon the value of a coupon given with the exchange; {@code null}: none */
    private void exchange(int score, int hoursAfterFollowUpDue, String coupon) {
        Instant opened = now();
        String caseId = confirmed("电动拖把 electric mop", "199.00", RequestedOutcome.RETURN, "QUALITY_DEFECT", "agent1");
        if (coupon == null) {
            complete(caseId, Var.RESOLUTION.name(), "EXCHANGE");
        } else {
            complete(caseId, Var.RESOLUTION.name(), "EXCHANGE", Var.GIVE_COUPON.name(), true, Var.COUPON_AMOUNT.name(), coupon);
        }
        complete(caseId, "customerDecision", "ACCEPTED");
        returns.shipped(caseId, "顺丰 SF", "SF" + caseId.hashCode());
        complete(caseId, "returnCondition", "AS_EXPECTED");
        complete(caseId, "shipmentCarrier", "顺丰 SF", "shipmentTrackingNumber", "SF-R" + caseId.hashCode());
        fixtures.runDueJobs(caseId); // the remedies, if any
        followUpDue(caseId);
        fixtures.advance(Duration.ofHours(hoursAfterFollowUpDue));
        complete(caseId, Var.SATISFIED.name(), true, Var.SATISFACTION_SCORE.name(), score);
        closed("QUALITY_DEFECT", opened);
    }

    private void returnAndRefund() {
        Instant opened = now();
        String caseId = confirmed("教材配套资料 textbook materials", "58.00", RequestedOutcome.RETURN, "NO_REASON_RETURN", "agent2");
        complete(caseId, Var.RESOLUTION.name(), "RETURN_AND_REFUND", Var.REFUND_AMOUNT.name(), "58.00");
        complete(caseId, "customerDecision", "ACCEPTED");
        returns.shipped(caseId, "中通 ZTO", "ZTO" + caseId.hashCode());
        complete(caseId, "returnCondition", "AS_EXPECTED");
        fixtures.runDueJobs(caseId); // the refund
        followUpDue(caseId);
        complete(caseId, Var.SATISFIED.name(), true, Var.SATISFACTION_SCORE.name(), 3);
        closed("NO_REASON_RETURN", opened);
    }

    private void explanationTwiceUnsatisfied() {
        Instant opened = now();
        String caseId = confirmed("手机壳 phone case", "39.00", RequestedOutcome.OTHER, "OTHER", "agent1");
        for (int round = 0; round < 2; round++) {
            if (round == 1) {
                complete(caseId, Var.ORDER_VERIFIED.name(), true);
                complete(caseId, Var.ISSUE_TYPE.name(), "OTHER", Var.EVIDENCE_PROVIDED.name(), true);
            }
            complete(caseId, Var.RESOLUTION.name(), "EXPLANATION_ONLY");
            complete(caseId, "customerDecision", "ACCEPTED");
            followUpDue(caseId);
            complete(caseId, Var.SATISFIED.name(), false, Var.SATISFACTION_SCORE.name(), 2 - round);
        }
        complete(caseId, "takeOverDecision", "CLOSE_RESOLVED", "leadNote", "电话沟通后买家接受 The buyer accepted after a call");
        closed("OTHER", opened);
    }

    private void noResponse() {
        Instant opened = now();
        String caseId = open("拖把坏了 the mop is broken", RequestedOutcome.RETURN);
        complete(caseId, Var.ORDER_VERIFIED.name(), true);
        complete(caseId, Var.ISSUE_TYPE.name(), "QUALITY_DEFECT", Var.EVIDENCE_PROVIDED.name(), false);
        fixtures.advance(deadlines.buyerReply().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
        closed("QUALITY_DEFECT", opened);
    }

    private void reviews() {
        Fixtures.Order revised = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String reviewId = reviewIntake.post(new NewReview(revised.orderId(), revised.buyerId(), ReviewRating.NEGATIVE,
                "裂了 cracked"), null, "integration").record().reviewId();
        reviewEvents.revised(reviewId, RevisedRating.POSITIVE);
        Fixtures.Order waiting = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20);
        reviewIntake.post(new NewReview(waiting.orderId(), waiting.buyerId(), ReviewRating.NEUTRAL, "一般 so-so"), null,
                "integration");
    }

    private void sellerLiableDispute() {
        Instant opened = now();
        String caseId = confirmed("电动拖把 electric mop", "199.00", RequestedOutcome.RETURN, "QUALITY_DEFECT", "agent1");
        complete(caseId, Var.RESOLUTION.name(), "EXCHANGE");
        complete(caseId, "customerDecision", "REJECTED");
        fixtures.advance(deadlines.disputeAttempt().plus(JUST_PAST));
        fixtures.runDueJobs(caseId); // the shop's own attempt ran out: the platform intervenes
        complete(caseId, "evidenceSubmitted", true, "evidenceNote", "质检报告 inspection report");
        disputes.verdict(caseId, ResponsibleParty.SELLER, null, "扣2分 2 points");
        fixtures.runDueJobs(caseId); // the verdict's refund
        closed("QUALITY_DEFECT", opened);
    }

    private String rejectedProposal() {
        String caseId = confirmed("电动拖把 electric mop", "199.00", RequestedOutcome.RETURN, "QUALITY_DEFECT", null);
        complete(caseId, Var.RESOLUTION.name(), "EXCHANGE");
        complete(caseId, "customerDecision", "REJECTED");
        return caseId;
    }

    private String refundIncident() {
        String caseId = confirmed("教材配套资料 textbook materials", "58.00", RequestedOutcome.REFUND, "NOT_RECEIVED", "agent2");
        gateway.failNext(3);
        complete(caseId, Var.RESOLUTION.name(), "REFUND_ONLY", Var.REFUND_AMOUNT.name(), "58.00");
        complete(caseId, "customerDecision", "ACCEPTED");
        String instance = fixtures.instanceOf(caseId).getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            var job = engine.getManagementService().createJobQuery().processInstanceId(instance).messages().singleResult();
            try {
                engine.getManagementService().executeJob(job.getId());
                throw new IllegalStateException("the refund should have failed");
            } catch (RuntimeException expected) {
                fixtures.advance(Duration.ofMinutes(6));
            }
        }
        return caseId;
    }

    // --- helpers ----------------------------------------------------------------------------------

    private String open(String description, RequestedOutcome requested) {
        return fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), description, requested);
    }

    /** A new buyer's case, claimed by the agent (who becomes the case's agent), verified and confirmed with photos. */
    private String confirmed(String item, String paid, RequestedOutcome requested, String issueType, String agent) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder(item, paid, 2), "买家反馈 buyer's report", requested);
        if (agent != null) {
            tasks.claim(task(caseId).getId(), agent);
        }
        complete(caseId, Var.ORDER_VERIFIED.name(), true);
        complete(caseId, Var.ISSUE_TYPE.name(), issueType, Var.EVIDENCE_PROVIDED.name(), true);
        return caseId;
    }

    private void followUpDue(String caseId) {
        fixtures.advance(deadlines.followUp().plus(JUST_PAST));
        fixtures.runDueJobs(caseId);
    }

    private void closed(String issueType, Instant opened) {
        closedAt.add(now());
        timeToClose.computeIfAbsent(issueType, type -> new ArrayList<>()).add(Duration.between(opened, now()));
    }

    private Task task(String caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    }

    private void complete(String caseId, Object... keyValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        tasks.complete(task(caseId).getId(), variables);
    }
}
