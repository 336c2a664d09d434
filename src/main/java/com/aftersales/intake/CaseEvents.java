package com.aftersales.intake;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Events integrators report about a case, delivered as the messages the models wait for. */
@Service
public class CaseEvents {

    private final CaseRepository cases;
    private final RuntimeService runtime;

    public CaseEvents(CaseRepository cases, RuntimeService runtime) {
        this.cases = cases;
        this.runtime = runtime;
    }

    public enum Delivery { DELIVERED, UNKNOWN_CASE, NOT_WAITING }

    public Delivery returnShipped(String caseId, String carrier, String trackingNumber) {
        if (cases.find(caseId).isEmpty()) {
            return Delivery.UNKNOWN_CASE;
        }
        try {
            runtime.createMessageCorrelation(AfterSalesCase.MESSAGE_RETURN_SHIPPED)
                    .processInstanceBusinessKey(caseId)
                    .setVariables(Map.of(Var.RETURN_CARRIER, carrier, Var.RETURN_TRACKING_NUMBER, trackingNumber))
                    .correlateWithResult();
            return Delivery.DELIVERED;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return Delivery.NOT_WAITING;
        }
    }
}
