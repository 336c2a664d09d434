package com.aftersales.delivery;

/** A receiver did not accept a message (refused, no answer, no address): the relay tries again later. */
class DeliveryFailed extends RuntimeException {

    DeliveryFailed(String reason) {
        super(reason);
    }

    DeliveryFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
