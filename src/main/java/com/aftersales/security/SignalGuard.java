package com.aftersales.security;

import com.aftersales.web.ProblemType;
import com.aftersales.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine REST's signal answers {@code 204} to anyone when nothing waits for the signal: the engine checks a
 * permission only per receiver, and no model of ours receives signals. Broadcasting one is an administrator's
 * tool, so everyone else is refused outright, whatever the models come to contain.
 */
class SignalGuard extends OncePerRequestFilter {

    private final IdentityService identity;

    SignalGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = identity.getCurrentAuthentication();
        if ("POST".equals(request.getMethod())
                && (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMINS))) {
            Problems.write(response, Problems.of(ProblemType.FORBIDDEN,
                    "Only camunda-admin may send signals; events go through /api."));
            return;
        }
        chain.doFilter(request, response);
    }
}
