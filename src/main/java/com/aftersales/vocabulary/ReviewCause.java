package com.aftersales.vocabulary;

/** Why the buyer left a neutral or negative review, as the agent found out (task form field {@code reviewCause}). */
public enum ReviewCause {
    PRODUCT_QUALITY, NOT_AS_DESCRIBED, LOGISTICS, SERVICE, PRICE, OTHER
}
