package com.aftersales.verification;

import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.FormValueProvider;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The order look-up in the agent's words, as form values instead of process variables (issue 22): {@code orderStatus}
 * ({@code DELIVERED}, {@code IN_TRANSIT}, {@code UNKNOWN}) and {@code lookupNote} ("买家一致 buyer matches · 签收 2 天前
 * delivered 2 day(s) ago"). Whether the order was found and is the buyer's is what the look-up recorded
 * ({@code orderFound}, {@code orderBuyerMatches}: the flow and {@link VerificationRule} decide on them, so they stay
 * variables); where the parcel is comes from the order as it is now, so a form loaded later shows a delivery that
 * happened since.
 */
@Component
class LookupFormValues implements FormValueProvider {

    static final String ORDER_STATUS = "orderStatus";
    static final String LOOKUP_NOTE = "lookupNote";

    private final OrderLookup orders;
    private final Clock clock;

    LookupFormValues(OrderLookup orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Optional<Object> value(String name, VariableScope scope) {
        if (scope == null || !(ORDER_STATUS.equals(name) || LOOKUP_NOTE.equals(name))) {
            return Optional.empty();
        }
        String orderId = Var.ORDER_ID.get(scope);
        Boolean recordedFound = Var.ORDER_FOUND.get(scope);
        if (orderId == null || recordedFound == null) {
            return Optional.empty(); // not looked up yet
        }
        Optional<ShopOrder> order = recordedFound ? orders.find(orderId) : Optional.empty();
        LookupOrderDelegate.OrderCheck check = new LookupOrderDelegate.OrderCheck(
                order.isPresent() && Boolean.TRUE.equals(Var.ORDER_BUYER_MATCHES.get(scope)),
                LookupOrderDelegate.OrderCheck.status(order));
        return Optional.of(ORDER_STATUS.equals(name) ? check.status().name() : check.note(orderId, order, clock));
    }
}
