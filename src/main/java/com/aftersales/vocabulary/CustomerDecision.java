package com.aftersales.vocabulary;

/** The buyer's answer to a proposal (task form field {@code customerDecision}). */
public enum CustomerDecision {
    ACCEPTED, COUNTER, REJECTED
}
