package com.aftersales.orders;

import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.ShippingState;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the order system reports it. {@code deliveredAt} is empty until the parcel is delivered;
 * {@code shippingFee} is what the buyer paid for shipping with the order (zero when shipping was free). The shipping
 * state, carrier, tracking number and {@code lastEventAt} are those of the newest logistics event
 * ({@link ShippingState#NOT_SHIPPED} and empty before the first); {@code promisedShipBy} is when the shop promised to
 * ship.
 */
public record ShopOrder(String orderId, String buyerId, String itemName, BigDecimal paidAmount, Instant deliveredAt,
                        CustomerTier buyerTier, BigDecimal shippingFee, Instant paidAt, Instant promisedShipBy,
                        String shippingAddress, ShippingState shippingState, String carrier, String trackingNumber,
                        Instant lastEventAt) {

    public ShopOrder {
        buyerTier = buyerTier == null ? CustomerTier.NORMAL : buyerTier;
        shippingFee = shippingFee == null ? BigDecimal.ZERO.setScale(2) : shippingFee;
        shippingState = shippingState != null ? shippingState
                : deliveredAt != null ? ShippingState.DELIVERED : ShippingState.NOT_SHIPPED;
    }

    /** An order of an order system that tells no more than price, tier and delivery. */
    public ShopOrder(String orderId, String buyerId, String itemName, BigDecimal paidAmount, Instant deliveredAt,
                     CustomerTier buyerTier, BigDecimal shippingFee) {
        this(orderId, buyerId, itemName, paidAmount, deliveredAt, buyerTier, shippingFee, null, null, null, null, null,
                null, null);
    }

    /** A regular buyer's order with free shipping. */
    public ShopOrder(String orderId, String buyerId, String itemName, BigDecimal paidAmount, Instant deliveredAt) {
        this(orderId, buyerId, itemName, paidAmount, deliveredAt, CustomerTier.NORMAL, null);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }
}
