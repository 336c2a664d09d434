package com.aftersales.vocabulary;

/** Who pays the return shipping (contract: {@code recommendation.returnShippingPaidBy}). */
public enum ShippingPayer {
    SELLER, BUYER
}
