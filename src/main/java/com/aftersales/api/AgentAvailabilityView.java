package com.aftersales.api;

import com.aftersales.routing.Availability;

/** An agent's availability as {@code /api/agents/{userId}/availability} shows it. */
record AgentAvailabilityView(String userId, Availability status) {
}
