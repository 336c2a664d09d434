package com.aftersales.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of every error answer ({@code application/problem+json}, RFC 9457): {@code type} (a
 * {@link ProblemType}), {@code title}, {@code status}, {@code detail}, and for bad input {@code errors}, a list of
 * {@link FieldProblem}s. Never a stack trace, an SQL statement or a class name.
 */
public final class Problems {

    /** Seconds a client should wait before retrying while the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, type.status().value(), detail, List.of());
    }

    public static ProblemDetail of(ProblemType type, String detail, List<FieldProblem> errors) {
        return of(type, type.status().value(), detail, errors);
    }

    public static ProblemDetail of(ProblemType type, int status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status),
                detail);
        problem.setType(type.uri());
        problem.setTitle(type == ProblemType.HTTP_STATUS ? reason(status) : type.title());
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Writes a problem straight to the servlet response, whatever the request's {@code Accept} asked for. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (problem.getStatus() == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(asMap(problem)));
        response.flushBuffer();
    }

    /** The problem as the JSON object it is sent as. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach((name, value) -> body.put(name, value instanceof List<?> list
                    ? list.stream().map(item -> item instanceof FieldProblem field ? fieldMap(field) : item).toList()
                    : value));
        }
        return body;
    }

    private static Map<String, Object> fieldMap(FieldProblem field) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (field.pointer() != null) {
            map.put("pointer", field.pointer());
        }
        if (field.parameter() != null) {
            map.put("parameter", field.parameter());
        }
        if (field.header() != null) {
            map.put("header", field.header());
        }
        map.put("detail", field.detail());
        return map;
    }

    private static String reason(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
