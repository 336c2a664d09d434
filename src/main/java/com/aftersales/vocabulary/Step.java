package com.aftersales.vocabulary;

/** Where a case stands in the seven-step routine (售后流程七步), as the case view reports it. */
public enum Step {
    INQUIRY, VERIFICATION, CONFIRMATION, PROPOSAL, NEGOTIATION, HANDLING, FOLLOW_UP, DISPUTE, CLOSED
}
