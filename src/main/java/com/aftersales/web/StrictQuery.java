package com.aftersales.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A domain API query string is read strictly: Tomcat silently drops a parameter it cannot decode
 * ({@code buyerId=%zz}), which would turn a filtered search into one over every buyer. Here a parameter that is
 * not valid percent-encoded UTF-8, holds a control character, or is given twice is a {@code 400}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class StrictQuery extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || request.getQueryString() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Set<String> seen = new HashSet<>();
        for (String pair : request.getQueryString().split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name;
            String problem = null;
            try {
                name = decode(rawName);
                String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
                String refused = StrictJson.refusedCharacter(value + name);
                if (refused != null || value.contains("\n") || value.contains("\r") || value.contains("\t")) {
                    problem = refused != null ? refused : "contains a control character";
                } else if (!seen.add(name)) {
                    problem = "is given more than once";
                }
            } catch (IllegalArgumentException malformed) {
                name = rawName;
                problem = "is not valid percent-encoded UTF-8";
            }
            if (problem != null) {
                Problems.write(response, Problems.of(ProblemType.INVALID_REQUEST, "A query parameter is malformed.",
                        List.of(FieldProblem.parameter(name, problem))));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String decode(String text) {
        // URLDecoder refuses a malformed escape; decoding the bytes strictly refuses invalid UTF-8
        String latin = URLDecoder.decode(text, StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(latin.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
