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
 * Everything the order can still refund, paid back once ({@link Refunds}), and the case's resolution is a refund
 * only: the buyer cancelled the unshipped order, the parcel a buyer refused came back, the shop refunds a parcel in
 * transit at once, or nobody answered the refund request before delivery in time.
 */
@Component("refundInFull")
class RefundInFullDelegate implements JavaDelegate {

    static final String PURPOSE = "IN_FULL";

    private final Refunds refunds;
    private final Notifier notifier;

    RefundInFullDelegate(Refunds refunds, Notifier notifier) {
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
