package com.aftersales.vocabulary;

/** What the buyer asked for (contract enumeration {@code requestedOutcome}). */
public enum RequestedOutcome {
    REFUND, RETURN, EXCHANGE, REPAIR, RESHIP, OTHER
}
