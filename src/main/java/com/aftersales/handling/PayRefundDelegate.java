package com.aftersales.handling;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.Refunds;
import com.aftersales.refund.RemedyOrder;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 6: pays what the agreed resolution pays ({@link Resolution#payout()}) through {@link Refunds} (an
 * asynchronous step with retries; a refund that keeps failing becomes an incident for finance). Each handling round
 * of a case ({@link HandlingRoundListener}) pays once: its purpose names the resolution and the round.
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
        Resolution resolution = Var.RESOLUTION.require(execution);
        BigDecimal amount = resolution.payout() == Resolution.Payout.COMPENSATION
                ? Var.COMPENSATION_AMOUNT.get(execution) : Var.REFUND_AMOUNT.get(execution);
        String caseId = execution.getProcessBusinessKey();
        RemedyKind kind = resolution.payout() == Resolution.Payout.COMPENSATION ? RemedyKind.COMPENSATION
                : RemedyKind.REFUND;
        LedgerEntry receipt = refunds.pay(new RemedyOrder(caseId, Var.ORDER_ID.require(execution), kind,
                purpose(resolution, Var.HANDLING_ROUND.get(execution)), amount));
        // refundAmount: the cash the case paid back, whatever resolution paid it
        Var.REFUND_AMOUNT.set(execution, receipt.amount());
        notifier.send(caseId, Audience.BUYER, Var.BUYER_ID.require(execution), Phrase.REFUND_PAID,
                Map.of("caseId", caseId, "amount", receipt.amount()));
    }

    static String purpose(Resolution resolution, Integer handlingRound) {
        return resolution.name() + "#" + (handlingRound == null ? 1 : handlingRound);
    }
}
