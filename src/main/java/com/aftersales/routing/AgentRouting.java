package com.aftersales.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One buyer, one agent (售后问题一个买家只对应一个客服): a buyer's new case (or review case) goes to the agent of
 * the buyer's open or most recent case of any kind, if that agent is still an agent and not marked away.
 * An agent is marked away through {@link AgentAvailability}.
 */
@Component
public class AgentRouting {

    private static final Comparator<AgentRecords.Assignment> LATEST_FIRST =
            Comparator.comparing(AgentRecords.Assignment::open)
                    .thenComparing(AgentRecords.Assignment::createdAt).reversed();

    private final List<AgentRecords> records;
    private final AgentAvailability availability;

    public AgentRouting(List<AgentRecords> records, AgentAvailability availability) {
        this.records = List.copyOf(records);
        this.availability = availability;
    }

    /** The routing decision: the sticky agent if available, and the previous agent who was not. */
    public record Route(Optional<String> agent, Optional<String> unavailableAgent) {
    }

    public Route route(String buyerId, String caseId) {
        Optional<String> previous = records.stream()
                .flatMap(kind -> kind.latestOfBuyer(buyerId, caseId).stream())
                .min(LATEST_FIRST)
                .map(AgentRecords.Assignment::agent);
        if (previous.isEmpty()) {
            return new Route(Optional.empty(), Optional.empty());
        }
        String agent = previous.get();
        return isAvailable(agent) ? new Route(previous, Optional.empty()) : new Route(Optional.empty(), previous);
    }

    private boolean isAvailable(String agent) {
        return availability.of(agent).filter(Availability.AVAILABLE::equals).isPresent();
    }
}
