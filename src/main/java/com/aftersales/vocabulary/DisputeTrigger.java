package com.aftersales.vocabulary;

/** Why a case became a dispute: the escalation code the case's model throws. */
public enum DisputeTrigger {
    /** The buyer rejected the proposal (customerDecision = REJECTED). */
    PROPOSAL_REJECTED,
    /** Confirmation found a claimed counterfeit: straight to the dispute path. */
    SUSPECTED_COUNTERFEIT,
    /** The buyer (or the platform) opened a complaint on the platform: DisputeOpened. */
    COMPLAINT
}
