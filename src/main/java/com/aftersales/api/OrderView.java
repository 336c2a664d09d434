package com.aftersales.api;

import com.aftersales.orders.ShopOrder;
import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.ShippingState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as {@code GET /api/orders/{orderId}} shows it: what the order system put and where the parcel is. The
 * buyer's address is for the agents and team leads who work the buyer's cases only.
 */
record OrderView(
        String orderId, String buyerId, String itemName, BigDecimal paidAmount, BigDecimal shippingFee,
        CustomerTier buyerTier, Instant paidAt, Instant promisedShipBy,
        @Schema(description = "agents and team leads only") String shippingAddress,
        ShippingState shippingState, String carrier, String trackingNumber,
        @Schema(description = "when the newest logistics event happened") Instant lastEventAt, Instant deliveredAt) {

    static OrderView of(ShopOrder order, boolean withAddress) {
        return new OrderView(order.orderId(), order.buyerId(), order.itemName(), order.paidAmount(), order.shippingFee(),
                order.buyerTier(), order.paidAt(), order.promisedShipBy(), withAddress ? order.shippingAddress() : null,
                order.shippingState(), order.carrier(), order.trackingNumber(), order.lastEventAt(), order.deliveredAt());
    }
}
