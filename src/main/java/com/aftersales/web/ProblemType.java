package com.aftersales.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of problem the application answers, each with its own {@code type} URI so that a client branches on
 * the kind rather than on a title or a message. The README lists them; the URIs are part of the outside contract.
 */
public enum ProblemType {

    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    UNKNOWN_CASE("unknown-case", HttpStatus.NOT_FOUND, "Unknown case"),
    UNKNOWN_REVIEW("unknown-review", HttpStatus.NOT_FOUND, "Unknown review"),
    UNKNOWN_MESSAGE("unknown-message", HttpStatus.NOT_FOUND, "Unknown message"),
    UNKNOWN_AGENT("unknown-agent", HttpStatus.NOT_FOUND, "Unknown agent"),
    UNKNOWN_ORDER("unknown-order", HttpStatus.NOT_FOUND, "Unknown order"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CASE_NOT_WAITING("case-not-waiting", HttpStatus.CONFLICT, "Case not waiting for this event"),
    MESSAGE_DELIVERED("message-delivered", HttpStatus.CONFLICT, "Message already delivered"),
    ORDER_HAS_CASE("order-has-case", HttpStatus.CONFLICT, "Order has an after-sales case"),
    REQUEST_IN_PROGRESS("request-in-progress", HttpStatus.CONFLICT, "Request in progress"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY,
            "Idempotency-Key used for another request"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    /** Any other status (an HTTP answer with no kind of its own), typed by its status. */
    HTTP_STATUS("http-status", HttpStatus.INTERNAL_SERVER_ERROR, "Error");

    /** Where the kinds live; {@code <base><kind>} is a problem's {@code type}. */
    public static final String BASE = "https://aftersales.example/problems/";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String kind, HttpStatus status, String title) {
        this.uri = URI.create(BASE + kind);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The kind of an answer with this status when nothing more specific is known. */
    public static ProblemType ofStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> DATABASE_UNAVAILABLE;
            case 500 -> INTERNAL_ERROR;
            default -> HTTP_STATUS;
        };
    }
}
