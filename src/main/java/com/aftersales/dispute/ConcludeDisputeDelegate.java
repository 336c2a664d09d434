package com.aftersales.dispute;

import com.aftersales.notification.CaseFacts;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.notification.TellsTheBuyer;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the dispute with the result its local input {@code disputeOutcome} names (WITHDRAWN or a
 * verdict's outcome), which the case reads when the call returns, and tells the buyer.
 */
@Component("concludeDispute")
@TellsTheBuyer
class ConcludeDisputeDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final CaseFacts facts;

    ConcludeDisputeDelegate(Notifier notifier, CaseFacts facts) {
        this.notifier = notifier;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome result = DisputeEscalation.Var.DISPUTE_OUTCOME.ofStep(execution);
        Phrase phrase = switch (result) {
            case WITHDRAWN -> Phrase.DISPUTE_WITHDRAWN;
            case DISPUTE_SELLER_LIABLE -> Phrase.DISPUTE_SELLER_LIABLE;
            case DISPUTE_BUYER_LIABLE -> Phrase.DISPUTE_BUYER_LIABLE;
            default -> throw new IllegalArgumentException("not a dispute's result: " + result);
        };
        DisputeEscalation.Var.DISPUTE_OUTCOME.set(execution.getProcessInstance(), result);
        notifier.send(execution.getProcessBusinessKey(), Audience.BUYER,
                AfterSalesCase.Var.BUYER_ID.require(execution), phrase, facts.of(execution));
    }
}
