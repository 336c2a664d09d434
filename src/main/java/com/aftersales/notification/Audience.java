package com.aftersales.notification;

/** Who a message is for: the buyer, the case's agent, or the team leads. */
public enum Audience {
    BUYER, AGENT, TEAM_LEAD
}
