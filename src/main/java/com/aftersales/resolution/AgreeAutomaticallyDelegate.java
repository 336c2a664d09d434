package com.aftersales.resolution;

import com.aftersales.notification.CaseFacts;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Refunds;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Resolution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The shop did not answer a refund request in its response time, and the marketplace's rule applies: the request
 * is agreed as asked — a refund of what the order can still refund, no return — and the case says so.
 */
@Component("agreeAutomatically")
class AgreeAutomaticallyDelegate implements JavaDelegate {

    private final Refunds refunds;
    private final Notifier notifier;
    private final CaseFacts facts;

    AgreeAutomaticallyDelegate(Refunds refunds, Notifier notifier, CaseFacts facts) {
        this.refunds = refunds;
        this.notifier = notifier;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Var.RESOLUTION.set(execution, Resolution.REFUND_ONLY);
        Var.REFUND_AMOUNT.set(execution, refunds.refundable(Var.ORDER_ID.require(execution)));
        Var.AGREED_AUTOMATICALLY.set(execution, true);
        notifier.send(execution.getProcessBusinessKey(), Audience.BUYER, Var.BUYER_ID.require(execution),
                Phrase.AGREED_AUTOMATICALLY, facts.of(execution));
    }
}
