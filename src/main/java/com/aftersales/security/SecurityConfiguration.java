package com.aftersales.security;

import com.aftersales.web.DatabaseOutage;
import com.aftersales.web.ProblemType;
import com.aftersales.web.Problems;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Nothing answers without credentials:
 * <ul>
 * <li>{@code /api}, the OpenAPI description and actuator: HTTP Basic against Camunda's users, by group;</li>
 * <li>{@code /engine-rest}: HTTP Basic by Camunda's own filter, as Camunda Run does, so the engine
 *     checks its authorizations for that user. It is its only authentication: Spring Security's filter chain does not
 *     match these paths (it would only permit them, at the cost of a dozen filters per call);</li>
 * <li>the web apps ({@code /camunda}) keep their own login and CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**", "/error")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/*/return-shipment",
                                "/api/cases/*/disputes", "/api/cases/*/platform-verdict", "/api/reviews",
                                "/api/reviews/*/revision", "/api/orders/*/logistics-events")
                        .hasAuthority(Groups.INTEGRATIONS)
                        // the order system puts its orders; nobody else writes them
                        .requestMatchers(HttpMethod.PUT, "/api/orders/*").hasAuthority(Groups.INTEGRATIONS)
                        .requestMatchers(HttpMethod.POST, "/api/messages/*/resend")
                        .hasAnyAuthority(Groups.MANAGERS, Groups.ADMINS)
                        // a chat system shows the buyer their case: the integrators read cases, their messages,
                        // review cases and orders, never staff or identity data
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*", "/api/cases/*/messages",
                                "/api/reviews/*", "/api/orders/*")
                        .hasAnyAuthority(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS, Groups.INTEGRATIONS)
                        // the staff who work a case's tasks look them up; the engine's authorizations pick which
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/tasks")
                        .hasAnyAuthority(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS, Groups.WAREHOUSE, Groups.FINANCE)
                        .requestMatchers("/api/agents/*/availability")
                        .hasAnyAuthority(Groups.AGENTS, Groups.TEAM_LEADS)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyAuthority(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS)
                        .requestMatchers("/v3/api-docs/**").authenticated()
                        // the probes answer without credentials, for a login needs the database they report on;
                        // they say UP or DOWN and nothing else
                        .requestMatchers(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority(Groups.MANAGERS, Groups.ADMINS)
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Everything else but engine REST (the filter below): the web apps authenticate themselves. */
    @Bean
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    FilterRegistrationBean<EngineRestAuthentication> engineRestAuthentication(VerifiedLogins logins) {
        FilterRegistrationBean<EngineRestAuthentication> registration =
                new FilterRegistrationBean<>(new EngineRestAuthentication(logins));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * The response headers Spring Security's chain gave engine REST before it left the chain: no caching of what a
     * user was shown, no content sniffing, no framing by other sites.
     */
    @Bean
    FilterRegistrationBean<HeaderWriterFilter> engineRestHeaders() {
        FilterRegistrationBean<HeaderWriterFilter> registration = new FilterRegistrationBean<>(new HeaderWriterFilter(
                List.of(new CacheControlHeadersWriter(), new XContentTypeOptionsHeaderWriter(),
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN))));
        registration.setName("engine-rest-headers");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignalGuard> engineRestSignals(IdentityService identity) {
        FilterRegistrationBean<SignalGuard> registration = new FilterRegistrationBean<>(new SignalGuard(identity));
        registration.setName("engine-rest-signals");
        registration.addUrlPatterns("/engine-rest/signal", "/engine-rest/signal/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof AuthenticationServiceException && DatabaseOutage.isCause(exception)) {
                // the credentials could not be checked: not the caller's fault, and not for ever
                Problems.write(response, Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                        "The database cannot be reached, so the credentials cannot be checked. Try again shortly."));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"after-sales\"");
            Problems.write(response, Problems.of(ProblemType.UNAUTHORIZED,
                    "Credentials are missing or wrong: use HTTP Basic with a user of this application."));
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> Problems.write(response, Problems.of(ProblemType.FORBIDDEN,
                "Your groups do not allow " + request.getMethod() + " " + request.getRequestURI() + "."));
    }
}
