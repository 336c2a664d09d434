package com.aftersales.notification;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.Audience;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the buyer the phrase the service task names in its local input {@code phrase}, filled with the case's facts. */
@Component("notifyBuyer")
@TellsTheBuyer(whenGivenAPhrase = true)
class NotifyBuyerDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final CaseFacts facts;

    NotifyBuyerDelegate(Notifier notifier, CaseFacts facts) {
        this.notifier = notifier;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Phrase phrase = Phrase.valueOf(Var.PHRASE.ofStep(execution));
        notifier.send(execution.getProcessBusinessKey(), Audience.BUYER, Var.BUYER_ID.require(execution), phrase,
                facts.of(execution));
    }
}
