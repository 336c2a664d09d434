package com.aftersales.dispute;

import com.aftersales.notification.Audience;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.refund.RefundOrder;
import com.aftersales.refund.RefundReceipt;
import com.aftersales.refund.Refunds;
import com.aftersales.resolution.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Pays the refund a seller-liable verdict orders through the same exactly-once {@link Refunds}
 * as handling does (purpose {@value #PURPOSE}). Nothing left to refund means nothing to pay.
 */
@Component("payVerdictRefund")
class PayVerdictRefundDelegate implements JavaDelegate {

    static final String PURPOSE = "DISPUTE_VERDICT";

    private final Refunds refunds;
    private final Notifier notifier;

    PayVerdictRefundDelegate(Refunds refunds, Notifier notifier) {
        this.refunds = refunds;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal due = Money.of(execution.getVariable(RecordPenaltyDelegate.REFUND_DUE));
        if (due == null || due.signum() <= 0) {
            return;
        }
        String caseId = execution.getProcessBusinessKey();
        RefundReceipt receipt = refunds.pay(new RefundOrder(caseId,
                (String) execution.getVariable(AfterSalesCase.Var.ORDER_ID), PURPOSE, due));
        execution.setVariable(AfterSalesCase.Var.REFUND_AMOUNT, receipt.amount().doubleValue());
        notifier.send(caseId, Audience.BUYER, (String) execution.getVariable(AfterSalesCase.Var.BUYER_ID),
                Phrase.REFUND_PAID, Map.of("caseId", caseId, "amount", receipt.amount().toPlainString()));
    }
}
