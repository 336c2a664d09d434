package com.aftersales.vocabulary;

/** How a case ended (contract enumeration {@code outcome}). */
public enum Outcome {
    RESOLVED, WITHDRAWN, NO_RESPONSE, RETURN_NOT_SHIPPED, NOT_ELIGIBLE, DISPUTE_SELLER_LIABLE, DISPUTE_BUYER_LIABLE
}
