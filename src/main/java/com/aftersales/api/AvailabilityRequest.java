package com.aftersales.api;

import com.aftersales.routing.Availability;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/agents/{userId}/availability}, and its answer with the agent's id. */
record AvailabilityRequest(@NotNull Availability status) {
}
