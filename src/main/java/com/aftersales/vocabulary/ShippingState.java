package com.aftersales.vocabulary;

/** Where an order's parcel is (contract: {@code shippingState}), as its newest logistics event says. */
public enum ShippingState {
    NOT_SHIPPED, SHIPPED, IN_TRANSIT, DELIVERED, RETURNED_TO_SENDER, LOST
}
