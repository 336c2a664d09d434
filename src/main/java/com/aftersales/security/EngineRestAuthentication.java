package com.aftersales.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's engine-REST authentication filter (HTTP Basic, the engine then checks its authorizations for the user)
 * with the user's groups and tenants from {@link VerifiedLogins}: Camunda's own provider runs three identity commands
 * on every call. It is the only authentication of {@code /engine-rest}; Spring Security's filter chain does not see
 * those paths.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    EngineRestAuthentication(VerifiedLogins logins) {
        this.authenticationProvider = new CachedBasicAuthentication(logins);
    }

    /** The provider is given, not named by an init parameter. */
    @Override
    public void init(FilterConfig config) {
        servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
    }

    private static final class CachedBasicAuthentication implements AuthenticationProvider {

        private static final String BASIC = "Basic ";
        private final VerifiedLogins logins;
        /** Camunda's challenge ({@code WWW-Authenticate: Basic realm="<engine>"}), unchanged. */
        private final HttpBasicAuthenticationProvider challenge = new HttpBasicAuthenticationProvider();

        CachedBasicAuthentication(VerifiedLogins logins) {
            this.logins = logins;
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                return AuthenticationResult.unsuccessful();
            }
            String credentials;
            try {
                credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return AuthenticationResult.unsuccessful();
            }
            int colon = credentials.indexOf(':');
            if (colon < 0) {
                return AuthenticationResult.unsuccessful();
            }
            String user = credentials.substring(0, colon);
            return logins.verify(user, credentials.substring(colon + 1)).map(login -> {
                AuthenticationResult result = AuthenticationResult.successful(login.user());
                result.setGroups(login.groups());
                result.setTenants(login.tenants());
                return result;
            }).orElseGet(() -> AuthenticationResult.unsuccessful(user));
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            challenge.augmentResponseByAuthenticationChallenge(response, engine);
        }
    }
}
