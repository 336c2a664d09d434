package com.aftersales.dispute;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.process.EventDelivery;
import com.aftersales.process.EventDelivery.Status;
import com.aftersales.process.EventDelivery.Result;
import com.aftersales.refund.Refunds;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.OpenedBy;
import com.aftersales.vocabulary.ResponsibleParty;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the buyer and the platform report about a case's dispute (DisputeOpened, PlatformVerdict), delivered as the
 * messages the models wait for. An event the case is not waiting for is refused and changes nothing.
 */
@Service
public class DisputeEvents {

    private final CaseRepository cases;
    private final AfterCloseDisputes afterClose;
    private final Refunds refunds;
    private final EventDelivery delivery;

    public DisputeEvents(CaseRepository cases, AfterCloseDisputes afterClose, Refunds refunds, EventDelivery delivery) {
        this.cases = cases;
        this.afterClose = afterClose;
        this.refunds = refunds;
        this.delivery = delivery;
    }

    /**
     * The buyer or the platform opened a dispute: the case's work stops and the dispute takes over, once per case. A
     * case closed not long ago is reopened for it ({@link AfterCloseDisputes}).
     */
    public Result opened(String caseId, OpenedBy openedBy, String reason) {
        Optional<CaseRecord> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Result.refused(Status.UNKNOWN, caseId);
        }
        if (found.get().status() == CaseStatus.CLOSED) {
            Optional<String> refusal = afterClose.refusal(found.get());
            if (refusal.isPresent()) {
                return Result.refused(Status.NOT_WAITING, refusal.get());
            }
        } else if (afterClose.hadDispute(found.get())) {
            return Result.refused(Status.NOT_WAITING, caseId + " is in dispute or has had its dispute already.");
        }
        return delivery.correlate(caseId, AfterSalesCase.MESSAGE_DISPUTE_OPENED,
                Map.of(Var.DISPUTE_OPENED_BY.name(), Var.DISPUTE_OPENED_BY.stored(openedBy),
                        Var.DISPUTE_REASON.name(), reason),
                caseId + " cannot take a dispute right now.");
    }

    /** The platform's verdict, once the platform has intervened in the case's dispute. */
    public Result verdict(String caseId, ResponsibleParty party, BigDecimal refundAmount, String penalty) {
        Optional<CaseRecord> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Result.refused(Status.UNKNOWN, caseId);
        }
        if (refundAmount != null) {
            Optional<String> problem = refunds.problem(found.get().orderId(), refundAmount);
            if (problem.isPresent()) {
                return Result.refused(Status.TOO_MUCH, problem.get());
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisputeEscalation.Var.RESPONSIBLE_PARTY.name(), DisputeEscalation.Var.RESPONSIBLE_PARTY.stored(party));
        if (refundAmount != null) {
            variables.put(DisputeEscalation.Var.VERDICT_REFUND_AMOUNT.name(),
                    DisputeEscalation.Var.VERDICT_REFUND_AMOUNT.stored(refundAmount));
        }
        variables.put(DisputeEscalation.Var.PENALTY.name(), penalty);
        return delivery.correlate(caseId, DisputeEscalation.MESSAGE_PLATFORM_VERDICT, variables,
                "No platform intervention is pending for " + caseId + ".");
    }

}
