package com.aftersales.notification;

/** Where a message is on its way: waiting (or being retried), accepted by every adapter of its route, given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
