package com.aftersales.dispute;

/** Whom the platform's verdict holds responsible. */
public enum ResponsibleParty {
    SELLER, BUYER
}
