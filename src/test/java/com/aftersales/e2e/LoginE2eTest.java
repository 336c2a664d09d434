package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The web apps' login: a wrong password and a missing right are refused where the person can see it. */
@E2eTest
class LoginE2eTest {

    private static final String LOGIN_FAILED = "Login Failed";
    private static final String WHY = "Wrong credentials, locked user or missing access rights to application";

    @Autowired IdentityService identity;

    @Test
    void aWrongPasswordIsRefused(Browser browser) {
        String user = throwawayAgent();

        String message = browser.refusedLogin("tasklist", user, "not-the-password");

        assertThat(message).contains(LOGIN_FAILED, WHY);
        assertThat(browser.showsLoginForm()).isTrue();
        assertThat(browser.isLoggedIn()).isFalse();
        browser.screenshot("login-wrong-password");
    }

    @Test
    void anAgentCannotOpenAdminButTheAdministratorCan(Browser browser) {
        String message = browser.refusedLogin("admin", "agent1", "agent1");

        assertThat(message).contains(LOGIN_FAILED, WHY);
        assertThat(browser.showsLoginForm()).isTrue();
        assertThat(browser.isLoggedIn()).isFalse();
        browser.screenshot("admin-refused-for-agent");

        // the same page lets the administrator in: the refusal was about the agent's rights
        browser.logIn("admin", "admin", "admin");
        browser.expectLoggedInAs("Camunda Administrator");
    }

    /**
     * A user of this test's own: after a wrong password Camunda makes the user wait before the next
     * login, which must not slow down the demo users other tests log in as.
     */
    private String throwawayAgent() {
        String id = "e2e-wrong-password";
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Throwaway");
            user.setLastName("Agent");
            user.setPassword("the-right-password");
            identity.saveUser(user);
            identity.createMembership(id, Groups.AGENTS);
        }
        return id;
    }
}
