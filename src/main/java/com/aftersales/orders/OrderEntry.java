package com.aftersales.orders;

import com.aftersales.vocabulary.CustomerTier;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the order system puts it (contract: {@code PUT /api/orders/{orderId}}): all it says of the order, the
 * shipping life aside, which the logistics events tell.
 */
public record OrderEntry(String orderId, String buyerId, String itemName, BigDecimal paidAmount,
                         BigDecimal shippingFee, Instant paidAt, Instant promisedShipBy, CustomerTier buyerTier,
                         String shippingAddress) {

    public OrderEntry {
        buyerTier = buyerTier == null ? CustomerTier.NORMAL : buyerTier;
        shippingFee = shippingFee == null ? BigDecimal.ZERO.setScale(2) : shippingFee;
    }
}
