package com.aftersales.handling;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.EventDelivery;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The buyer shipped the return (ReturnShipped): the case goes on to the inspection. Refused unless it waits for it. */
@Service
public class ReturnShipments {

    private final CaseRepository cases;
    private final EventDelivery delivery;

    public ReturnShipments(CaseRepository cases, EventDelivery delivery) {
        this.cases = cases;
        this.delivery = delivery;
    }

    public EventDelivery.Result shipped(String caseId, String carrier, String trackingNumber) {
        if (cases.find(caseId).isEmpty()) {
            return EventDelivery.Result.refused(EventDelivery.Status.UNKNOWN, caseId);
        }
        return delivery.correlate(caseId, AfterSalesCase.MESSAGE_RETURN_SHIPPED,
                Map.of(Var.RETURN_CARRIER.name(), carrier, Var.RETURN_TRACKING_NUMBER.name(), trackingNumber),
                caseId + " is not waiting for a return shipment.");
    }
}
