package com.aftersales.logistics;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Proposal;
import com.aftersales.resolution.Approvals;
import com.aftersales.tasks.CompletionRule;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * An apology for a late shipment gives what an agent may give alone: the remedies' rules ({@link Approvals#refusals})
 * and the agent's own limits, as hard limits (a late shipment waits for no approval; more is a team lead's call).
 */
@Component
class ApologyRule implements CompletionRule {

    private final Approvals approvals;

    ApologyRule(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.APOLOGISE);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        Proposal apology = Proposal.of(task);
        problems.addAll(approvals.refusals(apology, Var.ORDER_ID.require(task)));
        approvals.aboveAgentLimitsByKind(apology, task).forEach((kind, above) -> problems.add(Proposal.field(kind) + ": "
                + above + "; ask a team lead"));
    }
}
