package com.aftersales.api;

import com.aftersales.routing.AgentAvailability;
import com.aftersales.routing.Availability;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An agent's availability: the agent marks themself away or back, a team lead does it for the team. */
@RestController
@RequestMapping(path = "/api/agents/{userId}/availability", produces = "application/json")
class AgentController {

    private final AgentAvailability availability;

    AgentController(AgentAvailability availability) {
        this.availability = availability;
    }

    @Operation(summary = "An agent's availability (the agent themself, team leads)",
            description = "status AVAILABLE or AWAY; 404 when userId is no agent, 403 for another agent.")
    @GetMapping
    AgentAvailabilityView get(@PathVariable String userId, Authentication caller) {
        requireSelfOrLead(userId, caller);
        Availability status = availability.of(userId).orElseThrow(() -> new UnknownAgentException(userId));
        return new AgentAvailabilityView(userId, status);
    }

    @Operation(summary = "Mark an agent away or available (the agent themself, team leads)",
            description = "Routing follows at once: while AWAY, the buyer's new cases go to the agents' group and "
                    + "the team leads are told. 400 for a missing or unknown status, 404 when userId is no agent, "
                    + "403 for another agent.")
    @PutMapping(consumes = "application/json")
    AgentAvailabilityView set(@PathVariable String userId, @Valid @RequestBody AvailabilityRequest request,
                              Authentication caller) {
        requireSelfOrLead(userId, caller);
        if (!availability.set(userId, request.status())) {
            throw new UnknownAgentException(userId);
        }
        return new AgentAvailabilityView(userId, request.status());
    }

    private static void requireSelfOrLead(String userId, Authentication caller) {
        Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (!AgentAvailability.maySet(caller.getName(), groups, userId)) {
            throw new NotYourAgentException(userId);
        }
    }
}
