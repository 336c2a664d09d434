package com.aftersales.delivery;

/** One way out for messages. An adapter that is not configured says so and is never asked to deliver. */
interface MessageAdapter {

    Adapter kind();

    boolean active();

    /** Where it delivers, for the start-up log (never a secret). */
    String describe();

    /** Hands the message over; returns only when the receiver accepted it, else throws {@link DeliveryFailed}. */
    void deliver(Delivery message);
}
