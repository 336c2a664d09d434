package com.aftersales.vocabulary;

/** Where the resolution policy sends a confirmed problem. */
public enum PolicyRoute {
    /** To the agent's proposal. */
    PROPOSE,
    /** Straight to the dispute path (suspected counterfeits). */
    DISPUTE,
    /** Closed: the request is not eligible (a no-reason return outside its window). */
    NOT_ELIGIBLE,
    /** To the logistics contact: urging, chasing the carrier, changing the address (issue types of the parcel). */
    LOGISTICS
}
