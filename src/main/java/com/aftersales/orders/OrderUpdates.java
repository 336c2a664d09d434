package com.aftersales.orders;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order system puts an order: new, or all it says of it anew (its shipping life aside, which the logistics
 * events tell). Once an after-sales case refers to the order, its buyer and the amount paid are what the case was
 * opened and refunds are counted against: they no longer change.
 */
@Component
public class OrderUpdates {

    public enum Result { CREATED, UPDATED, HAS_CASE }

    private final OrderTable orders;
    private final OrderCases cases;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OrderUpdates(OrderTable orders, OrderCases cases, Clock clock, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.cases = cases;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Result put(OrderEntry entry) {
        try {
            return transaction.execute(status -> putOnce(entry));
        } catch (DuplicateKeyException createdMeanwhile) {
            // the same order put twice at once: the other created it, this one updates it
            return transaction.execute(status -> putOnce(entry));
        }
    }

    private Result putOnce(OrderEntry entry) {
        Optional<ShopOrder> known = orders.lock(entry.orderId());
        if (known.isEmpty()) {
            orders.insert(entry, clock.instant());
            return Result.CREATED;
        }
        ShopOrder order = known.get();
        boolean buyerOrAmountChanges = !Objects.equals(order.buyerId(), entry.buyerId())
                || order.paidAmount().compareTo(entry.paidAmount()) != 0;
        if (buyerOrAmountChanges && cases.anyFor(entry.orderId())) {
            return Result.HAS_CASE;
        }
        orders.update(entry, clock.instant());
        return Result.UPDATED;
    }

    /**
     * The buyer changed the shipping address through an after-sales case (改地址): kept until the order system puts
     * the order anew (it then says the address itself).
     *
     * @return whether the order is known
     */
    public boolean changeAddress(String orderId, String address) {
        return orders.changeAddress(orderId, address, clock.instant());
    }
}
