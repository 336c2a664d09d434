package com.aftersales.vocabulary;

/** Whether a case (or review case) is still worked on (contract: case view {@code status}). */
public enum CaseStatus {
    OPEN, CLOSED
}
