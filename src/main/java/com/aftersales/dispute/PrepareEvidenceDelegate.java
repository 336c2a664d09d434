package com.aftersales.dispute;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Audience;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The platform intervenes: the team lead's evidence task shows who must prove what; the manager is told. */
@Component("prepareEvidence")
class PrepareEvidenceDelegate implements JavaDelegate {

    private final Notifier notifier;

    PrepareEvidenceDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeEscalation.Var.EVIDENCE_GUIDANCE.set(execution,
                EvidenceGuidance.forIssue(AfterSalesCase.Var.ISSUE_TYPE.get(execution)));
        String caseId = execution.getProcessBusinessKey();
        notifier.send(caseId, Audience.MANAGERS, Groups.MANAGERS, Phrase.DISPUTE_PLATFORM_INTERVENES,
                Map.of("caseId", caseId));
    }
}
