package com.aftersales.refund;

import com.aftersales.notification.Audience;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.resolution.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 6: pays the agreed refund or compensation through {@link Refunds} (an asynchronous step with
 * retries; a refund that keeps failing becomes an incident for finance). Each resolution of a case
 * is paid once: its purpose names the resolution, how often the case was reopened and whether a
 * dispute was withdrawn on it.
 */
@Component("payRefund")
class PayRefundDelegate implements JavaDelegate {

    private final Refunds refunds;
    private final Notifier notifier;

    PayRefundDelegate(Refunds refunds, Notifier notifier) {
        this.refunds = refunds;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String resolution = (String) execution.getVariable(Var.RESOLUTION);
        BigDecimal amount = Money.of(execution.getVariable(
                "PARTIAL_REFUND".equals(resolution) ? Var.COMPENSATION_AMOUNT : Var.REFUND_AMOUNT));
        Object reopens = execution.getVariable(Var.REOPENS);
        String caseId = execution.getProcessBusinessKey();
        RefundReceipt receipt = refunds.pay(new RefundOrder(caseId, (String) execution.getVariable(Var.ORDER_ID),
                purpose(resolution, reopens, execution.getVariable(Var.DISPUTE_OUTCOME)), amount));
        execution.setVariable(Var.REFUND_AMOUNT, receipt.amount().doubleValue());
        notifier.send(caseId, Audience.BUYER, (String) execution.getVariable(Var.BUYER_ID), Phrase.REFUND_PAID,
                Map.of("caseId", caseId, "amount", receipt.amount().toPlainString()));
    }

    /** A resolution agreed after a reopen, or when the buyer withdrew a dispute, is a new payment. */
    static String purpose(String resolution, Object reopens, Object disputeOutcome) {
        return resolution + "#" + (reopens == null ? 0 : reopens) + ("WITHDRAWN".equals(disputeOutcome) ? "-withdrawn" : "");
    }
}
