package com.aftersales.casefile;

public enum CaseStatus {
    OPEN, CLOSED
}
