package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logins are remembered for a while (aftersales.security.login-cache), and an identity change still takes effect
 * at once, on both doors.
 */
@AfterSalesTest
class RememberedLoginsHttpTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    private Http http;
    private String user;

    @BeforeEach
    void anAgentWhoseLoginIsRemembered() {
        http = new Http(port);
        user = "remembered" + Long.toString(System.nanoTime(), 36);
        var newUser = identity.newUser(user);
        newUser.setPassword("first-password");
        identity.saveUser(newUser);
        identity.createMembership(user, Groups.AGENTS);
        assertThat(http.get("/engine-rest/task/count", user, "first-password").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/cases?buyerId=x", user, "first-password").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedPasswordTakesEffectAtOnce() {
        var changed = identity.createUserQuery().userId(user).singleResult();
        changed.setPassword("second-password");
        identity.saveUser(changed);

        assertThat(http.get("/engine-rest/task/count", user, "first-password").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/cases?buyerId=x", user, "first-password").statusCode()).isEqualTo(401);
    }

    @Test
    void aRemovedMembershipTakesEffectAtOnce() {
        String definition = "/engine-rest/process-definition/key/after-sales-case";
        assertThat(http.get(definition, user, "first-password").statusCode()).isEqualTo(200);
        identity.deleteMembership(user, Groups.AGENTS);

        assertThat(http.get("/api/cases?buyerId=x", user, "first-password").statusCode()).isEqualTo(403);
        // engine REST: the user no longer reads what agents may read
        assertThat(http.get(definition, user, "first-password").statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongPasswordIsRefusedThoughTheRightOneIsRemembered() {
        assertThat(http.get("/engine-rest/task/count", user, "not-the-password").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/cases?buyerId=x", user, "not-the-password").statusCode()).isEqualTo(401);
    }
}
