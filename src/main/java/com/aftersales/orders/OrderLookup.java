package com.aftersales.orders;

import java.util.Optional;

/**
 * The order system, as the after-sales process sees it: the order and where its parcel is. Replace the bean to
 * connect a real one.
 */
public interface OrderLookup {

    Optional<ShopOrder> find(String orderId);

    /** The order of a case that verified it: an order the order system lost since is a broken case, not bad input. */
    default ShopOrder require(String orderId) {
        return find(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " was verified but is gone"));
    }
}
