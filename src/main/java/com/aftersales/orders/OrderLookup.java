package com.aftersales.orders;

import java.util.Optional;

/**
 * The order system, as the after-sales process sees it: the order and where its parcel is. Replace the bean to
 * connect a real one.
 */
public interface OrderLookup {

    Optional<ShopOrder> find(String orderId);
}
