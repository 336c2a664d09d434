package com.aftersales.vocabulary;

/** How an attempt to keep an order whose buyer asked for a refund before delivery (挽单) ended. */
public enum KeepOrderDecision {
    /** The buyer withdrew the refund request and waits for the parcel. */
    WITHDRAWN,
    /** The parcel is recalled (召回) or the buyer refuses it (拒收): refunded once it is back with the shop. */
    RECALL,
    /** Refunded at once, by the shop's choice. */
    REFUND_NOW
}
