package com.aftersales.orders;

import com.aftersales.vocabulary.ShippingState;

/**
 * Published after the transaction that recorded a new logistics event has committed (never for a repeat), so that
 * the process side can react to it. A listener that writes to the database must do so in a transaction of its own
 * ({@code REQUIRES_NEW}): the recording transaction is over. {@code stateAfter} is the order's shipping state with
 * the event; {@code newest} is false for an event older than one recorded before (it did not move the state).
 */
public record LogisticsEventRecorded(LogisticsEvent event, String buyerId, ShippingState stateAfter, boolean newest) {
}
