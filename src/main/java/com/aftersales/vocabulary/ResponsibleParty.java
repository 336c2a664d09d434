package com.aftersales.vocabulary;

/** Whom the platform's verdict holds responsible. */
public enum ResponsibleParty {
    SELLER, BUYER
}
