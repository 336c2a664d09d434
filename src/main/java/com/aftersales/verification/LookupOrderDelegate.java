package com.aftersales.verification;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 2: looks the order up in the order system. What the flow and the steps after use goes into the process
 * ({@code orderItem}, {@code orderPaidAmount}); whether the order was found and is the buyer's, which only the
 * verification rule and the forms read, into the case file, with the order id, in one update (issue 22: a variable
 * costs three rows or more). The forms get those and the look-up's words ({@code orderStatus}, {@code lookupNote})
 * from {@link LookupFormValues}.
 */
@Component("lookupOrder")
class LookupOrderDelegate implements JavaDelegate {

    private final OrderLookup orders;
    private final CaseRepository cases;

    LookupOrderDelegate(OrderLookup orders, CaseRepository cases) {
        this.orders = orders;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = Var.ORDER_ID.require(execution);
        String buyerId = Var.BUYER_ID.require(execution);
        Optional<ShopOrder> found = orders.find(orderId);
        OrderCheck check = OrderCheck.of(found, buyerId);
        cases.lookedUp(execution.getProcessBusinessKey(), orderId,
                new CaseRecord.OrderCheck(found.isPresent(), check.buyerMatches()));
        Var.ORDER_ITEM.set(execution, found.map(ShopOrder::itemName).orElse(null));
        Var.ORDER_PAID_AMOUNT.set(execution, found.map(ShopOrder::paidAmount).orElse(null));
    }

    /** What the look-up found, in the agent's words. */
    record OrderCheck(boolean buyerMatches, OrderStatus status) {

        static OrderCheck of(Optional<ShopOrder> order, String buyerId) {
            boolean matches = order.map(o -> o.buyerId().equals(buyerId)).orElse(false);
            return new OrderCheck(matches, status(order));
        }

        static OrderStatus status(Optional<ShopOrder> order) {
            return order.map(o -> o.delivered() ? OrderStatus.DELIVERED : OrderStatus.IN_TRANSIT)
                    .orElse(OrderStatus.UNKNOWN);
        }

        String note(String orderId, Optional<ShopOrder> order, Clock clock) {
            if (order.isEmpty()) {
                return "订单 " + orderId + " 不存在 Order " + orderId + " not found in the order system";
            }
            String buyer = buyerMatches ? "买家一致 buyer matches" : "买家不一致 order belongs to another buyer";
            String delivery = order.get().delivered()
                    ? "签收 " + Duration.between(order.get().deliveredAt(), clock.instant()).toDays()
                    + " 天前 delivered " + Duration.between(order.get().deliveredAt(), clock.instant()).toDays() + " day(s) ago"
                    : "运输中 in transit, not yet delivered";
            return buyer + " · " + delivery;
        }
    }

    enum OrderStatus {
        DELIVERED, IN_TRANSIT, UNKNOWN
    }
}
