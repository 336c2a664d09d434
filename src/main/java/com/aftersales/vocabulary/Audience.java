package com.aftersales.vocabulary;

/**
 * Who a message is for, as the chat webhook names it: the buyer (a public reply under a review too — the phrase
 * {@code REVIEW_PUBLIC_REPLY} tells the bridge to publish it), the case's agent, the team leads, the managers, the
 * warehouse, finance.
 */
public enum Audience {
    BUYER, AGENT, TEAM_LEADS, MANAGERS, WAREHOUSE, FINANCE;

    /** Staff read their notices by mail or DingTalk; the buyer through the chat system. */
    public boolean isStaff() {
        return this != BUYER;
    }
}
