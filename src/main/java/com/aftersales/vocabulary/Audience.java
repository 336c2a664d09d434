package com.aftersales.vocabulary;

/** Who a message is for: the buyer, the case's agent, the team leads, the managers, or everyone (a public reply). */
public enum Audience {
    BUYER, AGENT, TEAM_LEAD, MANAGER, WAREHOUSE, FINANCE, PUBLIC
}
