package com.aftersales.verification;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.CompletionRule;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * An order can only be verified if the order system knows it and it belongs to this buyer, as the look-up found
 * ({@link OrderChecks}).
 */
@Component
class VerificationRule implements CompletionRule {

    private final OrderChecks checks;

    VerificationRule(OrderChecks checks) {
        this.checks = checks;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.VERIFY_ORDER);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (!Boolean.TRUE.equals(Var.ORDER_VERIFIED.get(task))) {
            return;
        }
        CaseRecord.OrderCheck check = checks.of(task).orElse(new CaseRecord.OrderCheck(false, false));
        if (!check.found()) {
            problems.add("orderVerified: order " + Var.ORDER_ID.get(task)
                    + " is not in the order system; leave it unverified to ask the buyer for details");
        } else if (!check.buyerMatches()) {
            problems.add("orderVerified: order " + Var.ORDER_ID.get(task) + " belongs to another buyer than "
                    + Var.BUYER_ID.get(task) + "; leave it unverified to ask the buyer for details");
        }
    }
}
