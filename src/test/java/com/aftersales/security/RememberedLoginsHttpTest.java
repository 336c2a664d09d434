package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;

/**
 * Logins are remembered for a while (aftersales.security.login-cache), and an identity change still takes effect
 * at once, on both doors.
 */
@AfterSalesTest
class RememberedLoginsHttpTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired FilterChainProxy springSecurity;
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

    @Test
    void engineRestIsAuthenticatedByCamundasFilterAloneAndStillNeedsCredentials() {
        MockHttpServletRequest engineRest = new MockHttpServletRequest("GET", "/engine-rest/task");
        engineRest.setServletPath("/engine-rest");
        engineRest.setPathInfo("/task");
        assertThat(springSecurity.getFilterChains()).noneMatch(chain -> chain.matches(engineRest));
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/cases");
        assertThat(springSecurity.getFilterChains()).anyMatch(chain -> chain.matches(api));

        // the headers Spring Security's chain wrote before, on answers and refusals alike
        for (var response : java.util.List.of(http.get("/engine-rest/task/count", user, "first-password"),
                http.get("/engine-rest/task/count", null))) {
            // Camunda's own cache-control filter may have said no-cache first; a header already set is kept
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).containsAnyOf("no-store", "no-cache"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        }
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/user",
                "/engine-rest/process-instance", "/engine-rest/engine/default/task", "/engine-rest/deployment"}) {
            assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }
}
