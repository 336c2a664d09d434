package com.aftersales.dispute;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.Refunds;
import com.aftersales.refund.RemedyOrder;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.RemedyKind;
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
        BigDecimal due = DisputeEscalation.Var.VERDICT_REFUND_DUE.get(execution);
        if (due == null || due.signum() <= 0) {
            return;
        }
        String caseId = execution.getProcessBusinessKey();
        LedgerEntry receipt = refunds.pay(new RemedyOrder(caseId, AfterSalesCase.Var.ORDER_ID.require(execution),
                RemedyKind.REFUND, PURPOSE, due));
        AfterSalesCase.Var.REFUND_AMOUNT.set(execution, receipt.amount());
        notifier.send(caseId, Audience.BUYER, AfterSalesCase.Var.BUYER_ID.require(execution), Phrase.REFUND_PAID,
                Map.of("caseId", caseId, "amount", receipt.amount()));
    }
}
