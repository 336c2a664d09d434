package com.aftersales.vocabulary;

/**
 * What a carrier reports about a parcel (contract: logistics event {@code type}), and the shipping state it leaves
 * the order in. A pick-up (揽收) is part of being shipped: the parcel is in transit from its first move on.
 */
public enum LogisticsEventType {

    SHIPPED(ShippingState.SHIPPED),
    PICKED_UP(ShippingState.SHIPPED),
    IN_TRANSIT(ShippingState.IN_TRANSIT),
    DELIVERED(ShippingState.DELIVERED),
    RETURNED_TO_SENDER(ShippingState.RETURNED_TO_SENDER),
    LOST(ShippingState.LOST);

    private final ShippingState state;

    LogisticsEventType(ShippingState state) {
        this.state = state;
    }

    public ShippingState state() {
        return state;
    }
}
