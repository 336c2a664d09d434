package com.aftersales.casefile;

import com.aftersales.notification.CaseFacts;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.notification.TellsTheBuyer;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Outcome;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the outcome a closing task names (its local input {@code closingOutcome}) on the case and, where the task
 * names a phrase (its local input {@code phrase}), tells the buyer why the case closes and what is still possible:
 * no case ends in silence (the model rules check that every closing names one, or follows a step that told the buyer).
 */
@Component("closeCase")
@TellsTheBuyer(whenGivenAPhrase = true)
class CloseCaseDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final CaseFacts facts;

    CloseCaseDelegate(Notifier notifier, CaseFacts facts) {
        this.notifier = notifier;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = Var.CLOSING_OUTCOME.ofStep(execution);
        Var.OUTCOME.set(execution.getProcessInstance(), outcome);
        String phrase = Var.PHRASE.ofStep(execution);
        if (phrase != null) {
            Map<String, Object> values = facts.of(execution);
            values.put(Var.INSPECTION_NOTE.name(), Var.INSPECTION_NOTE.get(execution));
            notifier.send(execution.getProcessBusinessKey(), Audience.BUYER, Var.BUYER_ID.require(execution),
                    Phrase.valueOf(phrase), values);
        }
    }
}
