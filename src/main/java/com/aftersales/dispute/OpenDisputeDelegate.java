package com.aftersales.dispute;

import com.aftersales.notification.CaseFacts;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.DisputeTrigger;
import com.aftersales.vocabulary.Language;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.OpenedBy;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case's work stopped and its dispute begins: marks the case as disputed (never a second time),
 * says who opened it and why where the trigger was the shop's own flow, and tells the team leads.
 */
@Component("openDispute")
class OpenDisputeDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final CaseFacts facts;
    private final Labels labels;

    OpenDisputeDelegate(Notifier notifier, CaseFacts facts, Labels labels) {
        this.notifier = notifier;
        this.facts = facts;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeTrigger trigger = Var.DISPUTE_TRIGGER.require(execution);
        Var.DISPUTE_HELD.set(execution, true);
        if (trigger != DisputeTrigger.COMPLAINT) {
            // the buyer's rejection or counterfeit claim: the buyer disputes, the shop tries first
            Var.DISPUTE_OPENED_BY.set(execution, OpenedBy.BUYER);
            Var.DISPUTE_REASON.set(execution, labels.of(trigger, Language.ZH) + " " + labels.of(trigger, Language.EN));
        }
        Map<String, Object> values = facts.of(execution);
        values.put(Var.DISPUTE_TRIGGER.name(), trigger);
        values.put(Var.DISPUTE_REASON.name(), Var.DISPUTE_REASON.get(execution));
        notifier.send(execution.getProcessBusinessKey(), Audience.TEAM_LEADS, Groups.TEAM_LEADS, Phrase.DISPUTE_OPENED,
                values);
    }
}
