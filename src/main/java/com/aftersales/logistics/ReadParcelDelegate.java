package com.aftersales.logistics;

import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.ShippingState;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The logistics contact's first step: where the order's parcel is, from the order system, into the case (the forms
 * show it, the gateways decide on it); a buyer urging shipment counts as one more urge of the order.
 */
@Component("readParcel")
class ReadParcelDelegate implements JavaDelegate {

    private final OrderLookup orders;
    private final ShippingUrges urges;
    private final LogisticsProperties settings;
    private final Clock clock;

    ReadParcelDelegate(OrderLookup orders, ShippingUrges urges, LogisticsProperties settings, Clock clock) {
        this.orders = orders;
        this.urges = urges;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = Var.ORDER_ID.require(execution);
        ShopOrder order = orders.require(orderId);
        Var.SHIPPING_STATE.set(execution, order.shippingState());
        Var.PROMISED_SHIP_BY.set(execution, order.promisedShipBy());
        Var.PARCEL_CARRIER.set(execution, order.carrier());
        Var.PARCEL_TRACKING_NUMBER.set(execution, order.trackingNumber());
        Var.PARCEL_LAST_EVENT_AT.set(execution, order.lastEventAt());
        Var.SHIPPING_ADDRESS.set(execution, order.shippingAddress());
        Var.TRACKING_STALLED.set(execution, stalled(order));
        Var.PAST_PROMISE.set(execution, order.promisedShipBy() != null && clock.instant().isAfter(order.promisedShipBy()));
        if (Var.ISSUE_TYPE.get(execution) == IssueType.NOT_SHIPPED) {
            Var.URGES.set(execution, urges.urge(orderId, execution.getProcessBusinessKey(), clock.instant()));
        }
    }

    /** On its way (not waiting to ship, not delivered, not back or lost) and silent for longer than configured. */
    private boolean stalled(ShopOrder order) {
        return (order.shippingState() == ShippingState.SHIPPED || order.shippingState() == ShippingState.IN_TRANSIT)
                && order.lastEventAt() != null
                && order.lastEventAt().plus(settings.stalledAfter()).isBefore(clock.instant());
    }
}
