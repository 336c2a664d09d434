package com.aftersales.verification;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.tasks.FormValueProvider;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The order look-up as form values instead of process variables (issue 22): {@code orderFound} and
 * {@code orderBuyerMatches} as the look-up found them (the case file, {@link OrderChecks}), {@code orderStatus}
 * ({@code DELIVERED}, {@code IN_TRANSIT}, {@code UNKNOWN}) and {@code lookupNote} ("买家一致 buyer matches · 签收 2 天前
 * delivered 2 day(s) ago"), their words. Where the parcel is comes from the order as it is now, so a form loaded
 * later shows a delivery that happened since.
 */
@Component
class LookupFormValues implements FormValueProvider {

    static final String ORDER_FOUND = "orderFound";
    static final String ORDER_BUYER_MATCHES = "orderBuyerMatches";
    static final String ORDER_STATUS = "orderStatus";
    static final String LOOKUP_NOTE = "lookupNote";
    static final Set<String> NAMES = Set.of(ORDER_FOUND, ORDER_BUYER_MATCHES, ORDER_STATUS, LOOKUP_NOTE);

    private final OrderChecks checks;
    private final OrderLookup orders;
    private final Clock clock;

    LookupFormValues(OrderChecks checks, OrderLookup orders, Clock clock) {
        this.checks = checks;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Optional<Object> value(String name, VariableScope scope) {
        if (scope == null || !NAMES.contains(name)) {
            return Optional.empty();
        }
        String orderId = Var.ORDER_ID.get(scope);
        Optional<CaseRecord.OrderCheck> recorded = checks.of(scope);
        if (orderId == null || recorded.isEmpty()) {
            return Optional.empty(); // not looked up yet
        }
        if (ORDER_FOUND.equals(name)) {
            return Optional.of(recorded.get().found());
        }
        if (ORDER_BUYER_MATCHES.equals(name)) {
            return Optional.of(recorded.get().buyerMatches());
        }
        Optional<ShopOrder> order = recorded.get().found() ? orders.find(orderId) : Optional.empty();
        LookupOrderDelegate.OrderCheck check = new LookupOrderDelegate.OrderCheck(
                order.isPresent() && recorded.get().buyerMatches(), LookupOrderDelegate.OrderCheck.status(order));
        return Optional.of(ORDER_STATUS.equals(name) ? check.status().name() : check.note(orderId, order, clock));
    }
}
