package com.aftersales.intake;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.security.Groups;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * One buyer, one agent (售后问题一个买家只对应一个客服): a buyer's new case goes to the agent of the
 * buyer's open or most recent case, if that agent is still an agent and not marked away.
 * An agent marks themselves away with the user info {@code availability = AWAY}.
 */
@Component
public class AgentRouting {

    public static final String AVAILABILITY = "availability";
    public static final String AWAY = "AWAY";

    private final CaseRepository cases;
    private final IdentityService identity;

    public AgentRouting(CaseRepository cases, IdentityService identity) {
        this.cases = cases;
        this.identity = identity;
    }

    /** The routing decision: the sticky agent if available, and the previous agent who was not. */
    public record Route(Optional<String> agent, Optional<String> unavailableAgent) {
    }

    public Route route(String buyerId, String caseId) {
        Optional<String> previous = cases.agentOfBuyer(buyerId, caseId);
        if (previous.isEmpty()) {
            return new Route(Optional.empty(), Optional.empty());
        }
        String agent = previous.get();
        return isAvailable(agent) ? new Route(previous, Optional.empty()) : new Route(Optional.empty(), previous);
    }

    private boolean isAvailable(String agent) {
        boolean isAgent = identity.createUserQuery().userId(agent).memberOfGroup(Groups.AGENTS).count() == 1;
        return isAgent && !AWAY.equalsIgnoreCase(identity.getUserInfo(agent, AVAILABILITY));
    }
}
