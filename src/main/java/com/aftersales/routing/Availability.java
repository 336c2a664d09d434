package com.aftersales.routing;

/** Whether an agent takes their buyers' new cases (one buyer, one agent) or is away and the group takes them. */
public enum Availability {
    AVAILABLE, AWAY
}
