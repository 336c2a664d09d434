package com.aftersales.security;

import com.aftersales.web.DatabaseOutage;
import org.springframework.security.authentication.AuthenticationServiceException;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The domain API authenticates against the same users as Tasklist and engine REST: Camunda's
 * identity service (which also throttles repeated wrong passwords), through the logins it
 * remembers for a short while. The user's groups become its authorities.
 */
@Component
class CamundaUserAuthentication implements AuthenticationProvider {

    private final VerifiedLogins logins;

    CamundaUserAuthentication(VerifiedLogins logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        try {
            VerifiedLogins.Login login = logins.verify(user, credentials == null ? null : credentials.toString())
                    .orElseThrow(() -> new BadCredentialsException("wrong user or password"));
            List<SimpleGrantedAuthority> groups = login.groups().stream().map(SimpleGrantedAuthority::new).toList();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                // answered 503 by SecurityConfiguration, not 500 and not "wrong password"
                throw new AuthenticationServiceException("the database cannot be reached", e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
