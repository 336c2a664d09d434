package com.aftersales.timeline;

import com.aftersales.casefile.CaseView;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case at a glance, as an agent needs it beside a task: where it stands, the steps it passed and who did them,
 * the messages it sent with their delivery, refunds, the deadlines it waits on with the time left, and the buyer's
 * other cases (one buyer, one agent).
 */
public record CaseTimeline(
        String caseId,
        String orderId,
        String buyerId,
        CaseStatus status,
        Step step,
        String agent,
        List<StepPassed> steps,
        List<OutboxMessage> messages,
        List<CaseView.Refund> refunds,
        List<Deadline> openDeadlines,
        List<OtherCase> otherCases,
        /** The shop's zone, in which Tasklist shows the times. */
        String zone,
        /** The words for the codes above (case status, step, audience) by type and code, Chinese first. */
        Map<String, Map<String, String>> labels,
        /** The full name of each user id above (the agent, who did a step, the other cases' agents). */
        Map<String, String> people) {

    /** A step of the case's processes (the case, its dispute), who did it, and when. */
    public record StepPassed(String activityId, String name, String type, String by, Instant startedAt, Instant endedAt) {
    }

    /** An open deadline and the seconds left until it runs out (negative: past). */
    public record Deadline(String name, Instant dueAt, long secondsLeft) {
    }

    public record OtherCase(String caseId, String orderId, CaseStatus status, Step step, String agent,
                            Instant createdAt) {
    }
}
