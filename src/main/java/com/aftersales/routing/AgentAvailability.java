package com.aftersales.routing;

import com.aftersales.security.Groups;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * An agent's availability, kept as the Camunda user info {@code availability} so that Admin shows it and routing
 * reads it on every new case: a change takes effect for the very next case, with nothing to refresh.
 * No entry means available.
 */
@Component
public class AgentAvailability {

    static final String USER_INFO = "availability";

    private final IdentityService identity;

    AgentAvailability(IdentityService identity) {
        this.identity = identity;
    }

    /** The agent's availability, or empty when {@code userId} is not an agent. */
    public Optional<Availability> of(String userId) {
        if (!isAgent(userId)) {
            return Optional.empty();
        }
        return Optional.of(Availability.AWAY.name().equalsIgnoreCase(identity.getUserInfo(userId, USER_INFO))
                ? Availability.AWAY : Availability.AVAILABLE);
    }

    /** Sets the agent's availability; false (and nothing changed) when {@code userId} is not an agent. */
    public boolean set(String userId, Availability availability) {
        if (!isAgent(userId)) {
            return false;
        }
        identity.setUserInfo(userId, USER_INFO, availability.name());
        return true;
    }

    /** Whether {@code actor} may see and set {@code userId}'s availability: the agent themself or a team lead. */
    public static boolean maySet(String actor, Collection<String> actorGroups, String userId) {
        return actor.equals(userId) || actorGroups.contains(Groups.TEAM_LEADS);
    }

    boolean isAgent(String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(Groups.AGENTS).count() == 1;
    }
}
