package com.aftersales.dispute;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.resolution.PolicyProperties;
import com.aftersales.vocabulary.CaseStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * A buyer escalates exactly after a rejected return or an ineligible request: a closed case takes a dispute for
 * {@code aftersales.policy.dispute-after-close} after it closed, once — a case that already had its dispute takes
 * no second one.
 */
@Component
public class AfterCloseDisputes {

    private final PolicyProperties policy;
    private final HistoryService history;
    private final Clock clock;

    public AfterCloseDisputes(PolicyProperties policy, HistoryService history, Clock clock) {
        this.policy = policy;
        this.history = history;
        this.clock = clock;
    }

    /** Why this closed case takes no dispute now; empty when it does. */
    public Optional<String> refusal(CaseRecord record) {
        if (record.status() != CaseStatus.CLOSED) {
            return Optional.of(record.caseId() + " is not closed.");
        }
        Instant until = record.closedAt().plus(policy.disputeAfterClose());
        if (clock.instant().isAfter(until)) {
            return Optional.of(record.caseId() + " closed more than " + policy.disputeAfterClose().toDays()
                    + " days ago (" + record.closedAt() + "); it takes no dispute any more.");
        }
        if (hadDispute(record)) {
            return Optional.of(record.caseId() + " has had its dispute already.");
        }
        return Optional.empty();
    }

    boolean hadDispute(CaseRecord record) {
        return record.processInstanceId() != null && history.createHistoricVariableInstanceQuery()
                .processInstanceId(record.processInstanceId()).variableName(Var.DISPUTE_HELD.name()).count() > 0;
    }
}
