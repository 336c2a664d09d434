package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.CompletionRule;
import com.aftersales.vocabulary.TakeOverDecision;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A team lead who handles the case again names the resolution, and its money follows the proposal's rules. */
@Component
class TakeOverRule implements CompletionRule {

    private final ProposalRule proposalRule;

    TakeOverRule(ProposalRule proposalRule) {
        this.proposalRule = proposalRule;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.LEAD_TAKE_OVER);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (Var.TAKE_OVER_DECISION.get(task) != TakeOverDecision.HANDLE_AGAIN) {
            return;
        }
        if (Var.RESOLUTION.get(task) == null) {
            problems.add(Var.RESOLUTION.name() + ": name the resolution to handle 请选择处理方案");
            return;
        }
        proposalRule.check(task, problems);
    }
}
