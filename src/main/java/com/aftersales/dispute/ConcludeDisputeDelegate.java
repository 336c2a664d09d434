package com.aftersales.dispute;

import com.aftersales.notification.Audience;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the dispute with the result its local input {@code disputeOutcome} names (WITHDRAWN or a
 * verdict's outcome), which the case reads when the call returns, and tells the buyer.
 */
@Component("concludeDispute")
class ConcludeDisputeDelegate implements JavaDelegate {

    private final Notifier notifier;

    ConcludeDisputeDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String result = (String) execution.getVariableLocal(DisputeEscalation.Var.DISPUTE_OUTCOME);
        Phrase phrase = switch (result) {
            case "WITHDRAWN" -> Phrase.DISPUTE_WITHDRAWN;
            case "DISPUTE_SELLER_LIABLE" -> Phrase.DISPUTE_SELLER_LIABLE;
            case "DISPUTE_BUYER_LIABLE" -> Phrase.DISPUTE_BUYER_LIABLE;
            default -> throw new IllegalArgumentException("not a dispute's result: " + result);
        };
        execution.getProcessInstance().setVariable(DisputeEscalation.Var.DISPUTE_OUTCOME, result);
        String caseId = execution.getProcessBusinessKey();
        Object resolution = execution.getVariable(AfterSalesCase.Var.RESOLUTION);
        notifier.send(caseId, Audience.BUYER, (String) execution.getVariable(AfterSalesCase.Var.BUYER_ID), phrase,
                Map.of("caseId", caseId, "resolution", resolution == null ? "" : resolution.toString()));
    }
}
