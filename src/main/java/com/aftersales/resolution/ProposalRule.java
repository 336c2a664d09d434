package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Proposal;
import com.aftersales.tasks.CompletionRule;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A proposal (the agent's, or the team lead's decision) gives only what {@link Approvals#refusals} lets anybody give:
 * the money its resolution pays and the remedies ticked beside it, within what the buyer paid and the lead limits.
 */
@Component
public class ProposalRule implements CompletionRule {

    private final Approvals approvals;

    ProposalRule(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.PROPOSE_RESOLUTION, Element.LEAD_DECIDE_RESOLUTION);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (Var.RESOLUTION.get(task) == null) {
            return;
        }
        problems.addAll(approvals.refusals(Proposal.of(task), Var.ORDER_ID.require(task)));
    }
}
