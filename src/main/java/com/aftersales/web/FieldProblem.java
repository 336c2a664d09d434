package com.aftersales.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One offending input of a refused request: {@code pointer} is a JSON Pointer into the body ({@code /refundAmount},
 * {@code /evidenceUrls/0}), or, for what is not in the body, {@code parameter} (query or path) or {@code header}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String pointer, String parameter, String header, String detail) {

    public static FieldProblem body(String pointer, String detail) {
        return new FieldProblem(pointer.startsWith("/") || pointer.isEmpty() ? pointer : "/" + pointer, null, null,
                detail);
    }

    public static FieldProblem parameter(String name, String detail) {
        return new FieldProblem(null, name, null, detail);
    }

    public static FieldProblem header(String name, String detail) {
        return new FieldProblem(null, null, name, detail);
    }
}
