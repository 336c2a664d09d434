package com.aftersales.kpi;

import com.aftersales.kpi.ModelFacts.Deadline;
import java.util.Date;
import java.util.List;

/**
 * The parameters of the KPI queries ({@code queries/kpi.xml}). Everything a query filters by is a
 * bound parameter, including the element ids and variable names, which come from the models and from
 * {@code AfterSalesCase} rather than from the SQL text.
 */
public final class KpiQuery {

    /** The activity ids of one step, ranked as the steps follow each other (a case counts in its latest). */
    public record StepRank(String activityId, int rank) {
    }

    private final String caseProcessKey;
    private final String disputeProcessKey;
    private final List<String> processKeys;
    private final String processDefinitionId;
    private final Date from;
    private final Date to;
    private final Date now;
    private final List<StepRank> stepRanks;
    private final List<Deadline> deadlines;
    private final List<String> deadlineIds;
    private final List<String> refundActivities;
    private final String variableName;
    private final String secondVariableName;

    KpiQuery(String caseProcessKey, String disputeProcessKey, List<String> processKeys, String processDefinitionId,
             Date from, Date to, Date now, List<StepRank> stepRanks, List<Deadline> deadlines,
             List<String> refundActivities, String variableName, String secondVariableName) {
        this.caseProcessKey = caseProcessKey;
        this.disputeProcessKey = disputeProcessKey;
        this.processKeys = processKeys;
        this.processDefinitionId = processDefinitionId;
        this.from = from;
        this.to = to;
        this.now = now;
        this.stepRanks = stepRanks;
        this.deadlines = deadlines;
        this.deadlineIds = deadlines.stream().map(Deadline::deadlineId).distinct().toList();
        this.refundActivities = refundActivities;
        this.variableName = variableName;
        this.secondVariableName = secondVariableName;
    }

    /** The same query about other variables of the case. */
    KpiQuery about(String variable, String secondVariable) {
        return new KpiQuery(caseProcessKey, disputeProcessKey, processKeys, processDefinitionId, from, to, now,
                stepRanks, deadlines, refundActivities, variable, secondVariable);
    }

    public String getCaseProcessKey() {
        return caseProcessKey;
    }

    public String getDisputeProcessKey() {
        return disputeProcessKey;
    }

    public List<String> getProcessKeys() {
        return processKeys;
    }

    public String getProcessDefinitionId() {
        return processDefinitionId;
    }

    public Date getFrom() {
        return from;
    }

    public Date getTo() {
        return to;
    }

    public Date getNow() {
        return now;
    }

    public List<StepRank> getStepRanks() {
        return stepRanks;
    }

    public List<Deadline> getDeadlines() {
        return deadlines;
    }

    public List<String> getDeadlineIds() {
        return deadlineIds;
    }

    public List<String> getRefundActivities() {
        return refundActivities;
    }

    public String getVariableName() {
        return variableName;
    }

    public String getSecondVariableName() {
        return secondVariableName;
    }
}
