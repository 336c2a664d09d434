package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Refunds;
import com.aftersales.tasks.CompletionRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A proposal (the agent's, or the team lead's decision) names the money it moves: a refund amount
 * for refund resolutions, a compensation amount for a partial refund, each positive, in whole fen,
 * and at most what can still be refunded for the order.
 */
@Component
public class ProposalRule implements CompletionRule {

    static final Set<String> REFUNDS = Set.of("RETURN_AND_REFUND", "REFUND_ONLY");

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
        String resolution = (String) task.getVariable(Var.RESOLUTION);
        String moneyField = REFUNDS.contains(resolution) ? Var.REFUND_AMOUNT
                : "PARTIAL_REFUND".equals(resolution) ? Var.COMPENSATION_AMOUNT : null;
        if (moneyField == null) {
            return;
        }
        BigDecimal amount;
        try {
            amount = Money.of(task.getVariable(moneyField));
        } catch (NumberFormatException notANumber) {
            problems.add(moneyField + ": must be an amount in yuan");
            return;
        }
        BigDecimal refundable = refunds.refundable((String) task.getVariable(Var.ORDER_ID));
        if (amount == null || amount.signum() <= 0) {
            problems.add(moneyField + ": " + resolution + " needs a positive amount in yuan");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(moneyField + ": at most two decimals (fen)");
        } else if (amount.compareTo(refundable) > 0) {
            problems.add(moneyField + ": " + amount.toPlainString() + " is more than the " + refundable.toPlainString()
                    + " yuan that can still be refunded");
        }
    }
}
