package com.aftersales.handling;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.Remedies;
import com.aftersales.refund.RemedyOrder;
import com.aftersales.process.Proposal;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 6, once the resolution is carried out: gives the remedies the agreed proposal ticked beside it (the return
 * shipping, a coupon, a red envelope, the gift in the parcel that left), each through its port and once per handling
 * round ({@link Remedies}); an asynchronous step with retries, like the refund. The buyer is told of each.
 */
@Component("giveRemedies")
class GiveRemediesDelegate implements JavaDelegate {

    private final Remedies remedies;
    private final Notifier notifier;

    GiveRemediesDelegate(Remedies remedies, Notifier notifier) {
        this.remedies = remedies;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = Proposal.of(execution);
        String caseId = execution.getProcessBusinessKey();
        String orderId = Var.ORDER_ID.require(execution);
        String buyerId = Var.BUYER_ID.require(execution);
        String purpose = "HANDLING#" + round(execution);
        for (Map.Entry<RemedyKind, BigDecimal> given : proposal.besideResolution().entrySet()) {
            LedgerEntry entry = remedies.give(new RemedyOrder(caseId, orderId, given.getKey(), purpose, given.getValue()),
                    buyerId);
            if (entry.status() != RemedyStatus.FAILED) {
                notifier.send(caseId, Audience.BUYER, buyerId, Phrase.REMEDY_GIVEN,
                        Map.of("caseId", caseId, "kind", entry.kind(), "amount", entry.amount()));
            }
        }
        if (proposal.giftItem() != null) {
            remedies.give(new RemedyOrder(caseId, orderId, RemedyKind.GIFT, purpose, BigDecimal.ZERO.setScale(2),
                    proposal.giftItem()), buyerId);
            notifier.send(caseId, Audience.BUYER, buyerId, Phrase.GIFT_PACKED,
                    Map.of("caseId", caseId, "item", proposal.giftItem()));
        }
    }

    private static int round(DelegateExecution execution) {
        Integer round = Var.HANDLING_ROUND.get(execution);
        return round == null ? 1 : round;
    }
}
