package com.aftersales.dispute;

import com.aftersales.notification.Audience;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
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

    OpenDisputeDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeTrigger trigger = DisputeTrigger.valueOf((String) execution.getVariable(Var.DISPUTE_TRIGGER));
        execution.setVariable(Var.DISPUTE_HELD, true);
        if (trigger != DisputeTrigger.COMPLAINT) {
            // the buyer's rejection or counterfeit claim: the buyer disputes, the shop tries first
            execution.setVariable(Var.DISPUTE_OPENED_BY, OpenedBy.BUYER.name());
            execution.setVariable(Var.DISPUTE_REASON, trigger == DisputeTrigger.PROPOSAL_REJECTED
                    ? "买家拒绝方案 the buyer rejected the proposal" : "疑似假冒 suspected counterfeit");
        }
        String caseId = execution.getProcessBusinessKey();
        notifier.send(caseId, Audience.TEAM_LEAD, Groups.TEAM_LEADS, Phrase.DISPUTE_OPENED, Map.of(
                "caseId", caseId, "disputeTrigger", trigger.name(),
                "disputeReason", String.valueOf(execution.getVariable(Var.DISPUTE_REASON))));
    }
}
