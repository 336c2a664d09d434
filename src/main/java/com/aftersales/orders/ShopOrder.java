package com.aftersales.orders;

import com.aftersales.vocabulary.CustomerTier;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the order system reports it. {@code deliveredAt} is empty while the parcel is in transit;
 * {@code shippingFee} is what the buyer paid for shipping with the order (zero when shipping was free).
 */
public record ShopOrder(String orderId, String buyerId, String itemName, BigDecimal paidAmount, Instant deliveredAt,
                        CustomerTier buyerTier, BigDecimal shippingFee) {

    public ShopOrder {
        buyerTier = buyerTier == null ? CustomerTier.NORMAL : buyerTier;
        shippingFee = shippingFee == null ? BigDecimal.ZERO.setScale(2) : shippingFee;
    }

    /** A regular buyer's order with free shipping. */
    public ShopOrder(String orderId, String buyerId, String itemName, BigDecimal paidAmount, Instant deliveredAt) {
        this(orderId, buyerId, itemName, paidAmount, deliveredAt, CustomerTier.NORMAL, null);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }
}
