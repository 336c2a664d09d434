package com.aftersales.intake;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.casefile.CaseStatus;
import com.aftersales.dispute.DisputeEscalation;
import com.aftersales.dispute.OpenedBy;
import com.aftersales.dispute.ResponsibleParty;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Refunds;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Events integrators report about a case, delivered as the messages the models wait for. An event
 * the case is not waiting for is refused and changes nothing.
 */
@Service
public class CaseEvents {

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Refunds refunds;

    public CaseEvents(CaseRepository cases, RuntimeService runtime, HistoryService history, Refunds refunds) {
        this.cases = cases;
        this.runtime = runtime;
        this.history = history;
        this.refunds = refunds;
    }

    public enum Delivery { DELIVERED, UNKNOWN_CASE, NOT_WAITING, CLOSED, ALREADY_DISPUTED, TOO_MUCH, CONCURRENT }

    /** What became of an event, with the reason where it was refused. */
    public record Result(Delivery delivery, String detail) {
        static Result of(Delivery delivery, String detail) {
            return new Result(delivery, detail);
        }
    }

    public Result returnShipped(String caseId, String carrier, String trackingNumber) {
        if (cases.find(caseId).isEmpty()) {
            return Result.of(Delivery.UNKNOWN_CASE, caseId);
        }
        return correlate(caseId, AfterSalesCase.MESSAGE_RETURN_SHIPPED,
                Map.of(Var.RETURN_CARRIER, carrier, Var.RETURN_TRACKING_NUMBER, trackingNumber),
                caseId + " is not waiting for a return shipment.");
    }

    /** The buyer or the platform opened a dispute: the case's work stops and the dispute takes over, once per case. */
    public Result disputeOpened(String caseId, OpenedBy openedBy, String reason) {
        Optional<CaseRecord> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Result.of(Delivery.UNKNOWN_CASE, caseId);
        }
        if (found.get().status() == CaseStatus.CLOSED) {
            return Result.of(Delivery.CLOSED, caseId + " is closed; a closed case takes no dispute.");
        }
        if (disputeHeld(found.get())) {
            return Result.of(Delivery.ALREADY_DISPUTED, caseId + " is in dispute or has had its dispute already.");
        }
        return correlate(caseId, AfterSalesCase.MESSAGE_DISPUTE_OPENED,
                Map.of(Var.DISPUTE_OPENED_BY, openedBy.name(), Var.DISPUTE_REASON, reason),
                caseId + " cannot take a dispute right now.");
    }

    /** The platform's verdict, once the platform has intervened in the case's dispute. */
    public Result platformVerdict(String caseId, ResponsibleParty party, BigDecimal refundAmount, String penalty) {
        Optional<CaseRecord> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Result.of(Delivery.UNKNOWN_CASE, caseId);
        }
        if (refundAmount != null) {
            BigDecimal refundable = refunds.refundable(found.get().orderId());
            if (refundAmount.compareTo(refundable) > 0) {
                return Result.of(Delivery.TOO_MUCH, refundAmount.toPlainString() + " is more than the "
                        + refundable.toPlainString() + " yuan that can still be refunded for order " + found.get().orderId());
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisputeEscalation.Var.RESPONSIBLE_PARTY, party.name());
        variables.put(DisputeEscalation.Var.VERDICT_REFUND_AMOUNT, refundAmount == null ? null : refundAmount.doubleValue());
        variables.put(DisputeEscalation.Var.PENALTY, penalty);
        return correlate(caseId, DisputeEscalation.MESSAGE_PLATFORM_VERDICT, variables,
                "No platform intervention is pending for " + caseId + ".");
    }

    private boolean disputeHeld(CaseRecord record) {
        return record.processInstanceId() != null && history.createHistoricVariableInstanceQuery()
                .processInstanceId(record.processInstanceId()).variableName(Var.DISPUTE_HELD).count() > 0;
    }

    private Result correlate(String caseId, String message, Map<String, Object> variables, String notWaiting) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseId).setVariables(variables)
                    .correlateWithResult();
            return Result.of(Delivery.DELIVERED, null);
        } catch (MismatchingMessageCorrelationException e) {
            return Result.of(Delivery.NOT_WAITING, notWaiting);
        } catch (OptimisticLockingException e) {
            return Result.of(Delivery.CONCURRENT, caseId + " changed while the event was delivered; send it again.");
        }
    }
}
