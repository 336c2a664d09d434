package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The remembered logins without the engine: what is remembered, for how long, and what never is. */
class VerifiedLoginsTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final MovableClock clock = new MovableClock();
    private final VerifiedLogins logins = new VerifiedLogins(identity, new IdentityChanges(), Duration.ofSeconds(30), clock);

    @BeforeEach
    void agentWithPassword() {
        when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
        when(identity.checkPassword("agent1", "right")).thenReturn(true);
        Group agents = mock(Group.class);
        when(agents.getId()).thenReturn(Groups.AGENTS);
        when(identity.createGroupQuery().groupMember("agent1").list()).thenReturn(List.of(agents));
        when(identity.createTenantQuery().userMember("agent1").includingGroupsOfUser(true).list()).thenReturn(List.of());
    }

    @Test
    void aRememberedLoginAsksTheIdentityServiceNothing() {
        assertThat(logins.verify("agent1", "right")).hasValueSatisfying(
                login -> assertThat(login.groups()).containsExactly(Groups.AGENTS));
        assertThat(logins.verify("agent1", "right")).hasValueSatisfying(
                login -> assertThat(login.groups()).containsExactly(Groups.AGENTS));

        verify(identity, times(1)).checkPassword("agent1", "right");
        verify(identity.createGroupQuery().groupMember("agent1"), times(1)).list();
    }

    @Test
    void aWrongPasswordIsNeverRememberedNorAcceptedBecauseTheRightOneWas() {
        assertThat(logins.verify("agent1", "right")).isPresent();

        assertThat(logins.verify("agent1", "wrong")).isEmpty();
        assertThat(logins.verify("agent1", "wrong")).isEmpty();
        assertThat(logins.verify("agent2", "right")).isEmpty();
        verify(identity, times(2)).checkPassword("agent1", "wrong");
        verify(identity, times(1)).checkPassword("agent2", "right");
    }

    @Test
    void aRefusedPasswordForgetsTheUsersRememberedLogin() {
        assertThat(logins.verify("agent1", "right")).isPresent();
        assertThat(logins.verify("agent1", "wrong")).isEmpty();

        // the identity service decides again: after wrong passwords it may delay or lock the user
        when(identity.checkPassword("agent1", "right")).thenReturn(false);
        assertThat(logins.verify("agent1", "right")).isEmpty();
    }

    @Test
    void aLoginIsRememberedForTheCacheTimeOnly() {
        assertThat(logins.verify("agent1", "right")).isPresent();
        clock.move(Duration.ofSeconds(29));
        assertThat(logins.verify("agent1", "right")).isPresent();
        verify(identity, times(1)).checkPassword("agent1", "right");

        clock.move(Duration.ofSeconds(2));
        assertThat(logins.verify("agent1", "right")).isPresent();
        verify(identity, times(2)).checkPassword("agent1", "right");
    }

    @Test
    void aCacheTimeOfZeroAsksEveryTime() {
        VerifiedLogins uncached = new VerifiedLogins(identity, new IdentityChanges(), Duration.ZERO, clock);
        uncached.verify("agent1", "right");
        uncached.verify("agent1", "right");
        verify(identity, times(2)).checkPassword("agent1", "right");
    }

    @Test
    void noCredentialsAskNothing() {
        assertThat(logins.verify(null, "right")).isEmpty();
        assertThat(logins.verify("agent1", null)).isEmpty();
        verify(identity, never()).checkPassword("agent1", "right");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
