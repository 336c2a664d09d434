package com.aftersales.casefile;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Outcome;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the outcome a closing task names (its local input {@code closingOutcome}) on the case
 * and tells the buyer where there is something to tell.
 */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final Notifier notifier;

    CloseCaseDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = Var.CLOSING_OUTCOME.getLocal(execution);
        Var.OUTCOME.set(execution.getProcessInstance(), outcome);
        if (outcome == Outcome.NO_RESPONSE) {
            String caseId = execution.getProcessBusinessKey();
            notifier.send(caseId, Audience.BUYER, Var.BUYER_ID.require(execution), Phrase.CASE_CLOSED_NO_RESPONSE,
                    Map.of("caseId", caseId));
        }
    }
}
