package com.aftersales.logistics;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.Refunds;
import com.aftersales.refund.RemedyOrder;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The buyer who could not wait accepted to cancel the unshipped order: everything the order can still refund is paid
 * back, once ({@link Refunds}); the case's resolution is a refund only.
 */
@Component("refundCancellation")
class RefundCancellationDelegate implements JavaDelegate {

    static final String PURPOSE = "CANCELLATION";

    private final Refunds refunds;
    private final Notifier notifier;

    RefundCancellationDelegate(Refunds refunds, Notifier notifier) {
        this.refunds = refunds;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        String orderId = Var.ORDER_ID.require(execution);
        RemedyOrder order = new RemedyOrder(caseId, orderId, RemedyKind.REFUND, PURPOSE, refunds.refundable(orderId));
        LedgerEntry paid = refunds.pay(order);
        Var.RESOLUTION.set(execution, Resolution.REFUND_ONLY);
        Var.REFUND_AMOUNT.set(execution, paid.amount());
        notifier.send(caseId, Audience.BUYER, Var.BUYER_ID.require(execution), Phrase.REFUND_PAID,
                Map.of("caseId", caseId, "amount", paid.amount()));
    }
}
