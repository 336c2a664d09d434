package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.CompletionRule;
import com.aftersales.vocabulary.CustomerDecision;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * After the last counter-offer the team lead's proposal is final: the buyer has the last word, to accept it or to
 * reject it (which opens the dispute), but not to counter again.
 */
@Component
class NegotiationRule implements CompletionRule {

    private final PolicyProperties policy;

    NegotiationRule(PolicyProperties policy) {
        this.policy = policy;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.NEGOTIATE);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (Var.CUSTOMER_DECISION.get(task) == CustomerDecision.COUNTER
                && ResolutionRules.count(Var.COUNTER_OFFERS.get(task)) > policy.maxCounterOffers()) {
            problems.add(Var.CUSTOMER_DECISION.name() + ": this is the team lead's final proposal; the buyer accepts or "
                    + "rejects it 这是组长的最终方案，买家只能同意或拒绝");
        }
    }
}
