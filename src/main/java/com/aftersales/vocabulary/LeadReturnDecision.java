package com.aftersales.vocabulary;

/** The team lead's decision on a return that was not as expected (task form field {@code leadReturnDecision}). */
public enum LeadReturnDecision {
    PROCEED, REJECT_RETURN
}
