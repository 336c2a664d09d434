package com.aftersales.vocabulary;

/**
 * What the agent does with a request the policy finds not eligible (a no-reason return outside its window): offer an
 * alternative (a repair, an exchange at the buyer's cost, a small compensation) or close it with an explanation
 * (task form field {@code alternativeDecision}).
 */
public enum AlternativeDecision {
    OFFER_ALTERNATIVE, CLOSE_NOT_ELIGIBLE
}
