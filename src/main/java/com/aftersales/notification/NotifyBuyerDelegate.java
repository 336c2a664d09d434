package com.aftersales.notification;

import com.aftersales.process.AfterSalesCase.Var;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the buyer the phrase the service task names in its local input {@code phrase}. */
@Component("notifyBuyer")
class NotifyBuyerDelegate implements JavaDelegate {

    private final Notifier notifier;

    NotifyBuyerDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Phrase phrase = Phrase.valueOf((String) execution.getVariableLocal(Var.PHRASE));
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {Var.CASE_ID, Var.ORDER_ID, Var.BUYER_ID, Var.ISSUE_TYPE,
                Var.RESOLUTION, Var.REFUND_AMOUNT, Var.COMPENSATION_AMOUNT, Var.RETURN_SHIPPING_PAID_BY}) {
            Object value = execution.getVariable(name);
            values.put(name, value == null ? "" : value.toString());
        }
        notifier.send(execution.getProcessBusinessKey(), Audience.BUYER, (String) execution.getVariable(Var.BUYER_ID),
                phrase, values);
    }
}
