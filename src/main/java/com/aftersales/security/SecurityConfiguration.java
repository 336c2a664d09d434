package com.aftersales.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Nothing answers without credentials:
 * <ul>
 * <li>{@code /api}, the OpenAPI description and actuator: HTTP Basic against Camunda's users, by group;</li>
 * <li>{@code /engine-rest}: HTTP Basic by Camunda's own filter, as Camunda Run does, so the engine
 *     checks its authorizations for that user;</li>
 * <li>the web apps ({@code /camunda}) keep their own login and CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**", "/error")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/*/return-shipment",
                                "/api/cases/*/disputes", "/api/cases/*/platform-verdict", "/api/reviews",
                                "/api/reviews/*/revision")
                        .hasAuthority(Groups.INTEGRATIONS)
                        .requestMatchers(HttpMethod.POST, "/api/messages/*/resend")
                        .hasAnyAuthority(Groups.MANAGERS, Groups.ADMINS)
                        .requestMatchers("/api/agents/*/availability")
                        .hasAnyAuthority(Groups.AGENTS, Groups.TEAM_LEADS)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyAuthority(Groups.AGENTS, Groups.TEAM_LEADS, Groups.MANAGERS)
                        .requestMatchers("/v3/api-docs/**").authenticated()
                        .requestMatchers("/actuator/**").hasAnyAuthority(Groups.MANAGERS, Groups.ADMINS)
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized(json))
                        .accessDeniedHandler(forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Everything else: the web apps authenticate themselves, engine REST through the filter below. */
    @Bean
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"after-sales\"");
            problem(json, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Credentials are missing or wrong: use HTTP Basic with a user of this application.");
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, exception) -> problem(json, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "Your groups do not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
    }

    private static void problem(ObjectMapper json, HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", title, "status", status,
                "detail", detail));
    }
}
