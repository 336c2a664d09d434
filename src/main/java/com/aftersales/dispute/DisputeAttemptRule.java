package com.aftersales.dispute;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.resolution.ProposalRule;
import com.aftersales.tasks.CompletionRule;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A buyer who withdrew agreed to something: the team lead names the resolution, and its money
 * follows the proposal's rules (positive, whole fen, at most what is left to refund).
 */
@Component
class DisputeAttemptRule implements CompletionRule {

    private final ProposalRule proposalRule;

    DisputeAttemptRule(ProposalRule proposalRule) {
        this.proposalRule = proposalRule;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(DisputeEscalation.Element.ATTEMPT);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (!Boolean.TRUE.equals(DisputeEscalation.Var.BUYER_WITHDREW.get(task))) {
            return;
        }
        if (AfterSalesCase.Var.RESOLUTION.get(task) == null) {
            problems.add(AfterSalesCase.Var.RESOLUTION.name() + ": name the resolution the buyer agreed to");
            return;
        }
        proposalRule.check(task, problems);
    }
}
