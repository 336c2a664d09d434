package com.aftersales.verification;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.CompletionRule;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** An order can only be verified if the order system knows it and it belongs to this buyer. */
@Component
class VerificationRule implements CompletionRule {

    @Override
    public java.util.Set<String> taskDefinitionKeys() {
        return java.util.Set.of(Element.VERIFY_ORDER);
    }

    @Override
    public void check(DelegateTask task, List<String> problems) {
        if (!Boolean.TRUE.equals(task.getVariable(Var.ORDER_VERIFIED))) {
            return;
        }
        if (!Boolean.TRUE.equals(task.getVariable(Var.ORDER_FOUND))) {
            problems.add("orderVerified: order " + task.getVariable(Var.ORDER_ID)
                    + " is not in the order system; leave it unverified to ask the buyer for details");
        } else if (!Boolean.TRUE.equals(task.getVariable(Var.ORDER_BUYER_MATCHES))) {
            problems.add("orderVerified: order " + task.getVariable(Var.ORDER_ID) + " belongs to another buyer than "
                    + task.getVariable(Var.BUYER_ID) + "; leave it unverified to ask the buyer for details");
        }
    }
}
