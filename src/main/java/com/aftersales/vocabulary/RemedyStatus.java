package com.aftersales.vocabulary;

/** Where a remedy stands (contract: {@code remedies[].status}). */
public enum RemedyStatus {
    /** Recorded by the application; the outside system has not confirmed it yet (or its answer was unknown). */
    PENDING,
    /** Cash the payment provider confirmed. */
    PAID,
    /** A coupon, red envelope or gift the promotion tools or the warehouse confirmed. */
    ISSUED,
    /** Refused by the outside system; nothing was given. */
    FAILED
}
