package com.aftersales.verification;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.CompletionRule;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** An order can only be verified if the order system knows it and it belongs to this buyer. */
@Component
class VerificationRule implements CompletionRule {

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Element.VERIFY_ORDER);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (!Boolean.TRUE.equals(Var.ORDER_VERIFIED.get(task))) {
            return;
        }
        if (!Boolean.TRUE.equals(Var.ORDER_FOUND.get(task))) {
            problems.add("orderVerified: order " + Var.ORDER_ID.get(task)
                    + " is not in the order system; leave it unverified to ask the buyer for details");
        } else if (!Boolean.TRUE.equals(Var.ORDER_BUYER_MATCHES.get(task))) {
            problems.add("orderVerified: order " + Var.ORDER_ID.get(task) + " belongs to another buyer than "
                    + Var.BUYER_ID.get(task) + "; leave it unverified to ask the buyer for details");
        }
    }
}
