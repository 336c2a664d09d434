package com.aftersales.vocabulary;

/**
 * What a team lead who took over an unsatisfied buyer decides (task form field {@code takeOverDecision}): handle the
 * case again with a resolution of their own, or close it with what happened.
 */
public enum TakeOverDecision {
    HANDLE_AGAIN, CLOSE_RESOLVED, CLOSE_WITHDRAWN
}
