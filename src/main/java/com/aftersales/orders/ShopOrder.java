package com.aftersales.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as the order system reports it. {@code deliveredAt} is empty while the parcel is in transit. */
public record ShopOrder(String orderId, String buyerId, String itemName, BigDecimal paidAmount, Instant deliveredAt) {

    public boolean delivered() {
        return deliveredAt != null;
    }
}
