package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Money;
import com.aftersales.refund.Refunds;
import com.aftersales.tasks.CompletionRule;
import com.aftersales.vocabulary.Resolution;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A proposal (the agent's, or the team lead's decision) names the money its resolution pays: the amount in the
 * field {@link Resolution.Payout#amountField()} names, which must be one {@link Refunds} may still pay out.
 */
@Component
public class ProposalRule implements CompletionRule {

    private final Refunds refunds;

    ProposalRule(Refunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.PROPOSE_RESOLUTION, Element.LEAD_DECIDE_RESOLUTION);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        Resolution resolution = Var.RESOLUTION.get(task);
        if (resolution == null || !resolution.pays()) {
            return;
        }
        String field = resolution.payout().amountField();
        BigDecimal amount;
        try {
            amount = Money.of(task.getVariable(field));
        } catch (NumberFormatException notANumber) {
            problems.add(field + ": must be an amount in yuan");
            return;
        }
        if (amount == null) {
            problems.add(field + ": " + resolution + " needs a positive amount in yuan");
            return;
        }
        refunds.problem(Var.ORDER_ID.require(task), amount).ifPresent(problem -> problems.add(field + ": " + problem));
    }
}
