package com.aftersales.vocabulary;

/** The buyer's tier as the order system knows it (contract: {@code buyerTier}); a higher tier is served first. */
public enum CustomerTier {
    NORMAL, VIP, SVIP
}
