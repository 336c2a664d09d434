package com.aftersales.vocabulary;

/** What the warehouse found in a returned parcel (task form field {@code returnCondition}). */
public enum ReturnCondition {
    AS_EXPECTED, NOT_AS_EXPECTED
}
