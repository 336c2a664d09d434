package com.aftersales.dispute;

import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation.Var;
import com.aftersales.refund.Refunds;
import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Audience;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Seller liable: records the platform's penalty (once) and fixes the refund the verdict orders —
 * the amount the platform named, else all that is left to refund — and tells the manager.
 */
@Component("recordPenalty")
class RecordPenaltyDelegate implements JavaDelegate {

    private final Penalties penalties;
    private final Refunds refunds;
    private final Notifier notifier;
    private final Clock clock;

    RecordPenaltyDelegate(Penalties penalties, Refunds refunds, Notifier notifier, Clock clock) {
        this.penalties = penalties;
        this.refunds = refunds;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        String orderId = AfterSalesCase.Var.ORDER_ID.require(execution);
        BigDecimal ordered = Var.VERDICT_REFUND_AMOUNT.get(execution);
        BigDecimal due = ordered != null ? ordered : refunds.refundable(orderId);
        String description = Var.PENALTY.get(execution);
        Var.VERDICT_REFUND_DUE.set(execution, due);
        if (penalties.record(new Penalties.Penalty(caseId, orderId, due, description, clock.instant()))) {
            notifier.send(caseId, Audience.MANAGERS, Groups.MANAGERS, Phrase.DISPUTE_PENALTY, Map.of("caseId", caseId,
                    "amount", due, "penalty", description == null || description.isBlank() ? "—" : description));
        }
    }
}
