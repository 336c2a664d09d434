package com.aftersales.logistics;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.KeepOrderDecision;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.ShippingState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the logistics contact's gateways ask, as {@code ${logistics.…(execution)}} (DOMAIN.md, "Logistics and
 * pre-delivery contacts"): before the promised time a buyer who urges is reassured; past it the shop apologises and
 * makes it good, and tells the team lead from the second urge on; from the third urge, or when the buyer asks for
 * money back (cannot wait), the agent offers to cancel with a full refund.
 */
@Component("logistics")
public class LogisticsRules {

    private final LogisticsProperties settings;

    LogisticsRules(LogisticsProperties settings) {
        this.settings = settings;
    }

    public boolean offersCancellation(DelegateExecution execution) {
        return urges(execution) >= settings.cancellationAtUrge()
                || Var.REQUESTED_OUTCOME.get(execution) == RequestedOutcome.REFUND;
    }

    public boolean reassures(DelegateExecution execution) {
        return !offersCancellation(execution) && !Boolean.TRUE.equals(Var.PAST_PROMISE.get(execution));
    }

    public boolean apologises(DelegateExecution execution) {
        return !offersCancellation(execution) && Boolean.TRUE.equals(Var.PAST_PROMISE.get(execution));
    }

    /** The team lead hears of an order urged again. */
    public boolean urgedAgain(DelegateExecution execution) {
        return urges(execution) >= settings.leadAtUrge();
    }

    /** The parcel has left the warehouse (an address change then needs the carrier). */
    public boolean shipped(DelegateExecution execution) {
        ShippingState state = Var.SHIPPING_STATE.get(execution);
        return state != null && state != ShippingState.NOT_SHIPPED;
    }

    /** The buyer asked for money back while the parcel is still on its way (物流过慢 → 退款): try to keep the order. */
    public boolean refundBeforeDelivery(DelegateExecution execution) {
        return Var.REQUESTED_OUTCOME.get(execution) == RequestedOutcome.REFUND
                && Var.SHIPPING_STATE.get(execution) != ShippingState.DELIVERED && !parcelLost(execution);
    }

    /** How the case closes after the logistics contact: withdrawn when the buyer withdrew the refund request. */
    public String closingOutcome(DelegateExecution execution) {
        return withdrawn(execution) ? Outcome.WITHDRAWN.name() : Outcome.RESOLVED.name();
    }

    public String closingPhrase(DelegateExecution execution) {
        return withdrawn(execution) ? "CASE_CLOSED_WITHDRAWN" : "CASE_CLOSED_RESOLVED";
    }

    private static boolean withdrawn(DelegateExecution execution) {
        return Var.KEEP_ORDER_DECISION.get(execution) == KeepOrderDecision.WITHDRAWN;
    }

    public boolean parcelLost(DelegateExecution execution) {
        return Boolean.TRUE.equals(Var.PARCEL_LOST.get(execution));
    }

    private static int urges(DelegateExecution execution) {
        Integer urges = Var.URGES.get(execution);
        return urges == null ? 0 : urges;
    }
}
