package com.aftersales.api;

import com.aftersales.web.DatabaseOutage;
import com.aftersales.web.FieldProblem;
import com.aftersales.web.ProblemType;
import com.aftersales.web.Problems;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as {@code application/problem+json} ({@link Problems}): bad input names each
 * offending field under {@code errors}; an unreachable database is a {@code 503} with {@code Retry-After}; nothing
 * internal (no stack trace, no SQL) reaches the caller.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final String INVALID_FIELDS = "Some fields are missing or invalid.";

    @ExceptionHandler(UnknownCaseException.class)
    ResponseEntity<Object> unknownCase(UnknownCaseException e) {
        return answer(Problems.of(ProblemType.UNKNOWN_CASE, e.getMessage()));
    }

    @ExceptionHandler(UnknownReviewException.class)
    ResponseEntity<Object> unknownReview(UnknownReviewException e) {
        return answer(Problems.of(ProblemType.UNKNOWN_REVIEW, e.getMessage()));
    }

    @ExceptionHandler(UnknownMessageException.class)
    ResponseEntity<Object> unknownMessage(UnknownMessageException e) {
        return answer(Problems.of(ProblemType.UNKNOWN_MESSAGE, e.getMessage()));
    }

    @ExceptionHandler(UnknownOrderException.class)
    ResponseEntity<Object> unknownOrder(UnknownOrderException e) {
        return answer(Problems.of(ProblemType.UNKNOWN_ORDER, e.getMessage()));
    }

    @ExceptionHandler(OrderHasCaseException.class)
    ResponseEntity<Object> orderHasCase(OrderHasCaseException e) {
        return answer(Problems.of(ProblemType.ORDER_HAS_CASE, e.getMessage()));
    }

    @ExceptionHandler(UnknownAgentException.class)
    ResponseEntity<Object> unknownAgent(UnknownAgentException e) {
        return answer(Problems.of(ProblemType.UNKNOWN_AGENT, e.getMessage()));
    }

    @ExceptionHandler(NotYourAgentException.class)
    ResponseEntity<Object> notYourAgent(NotYourAgentException e) {
        return answer(Problems.of(ProblemType.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(MessageDeliveredException.class)
    ResponseEntity<Object> delivered(MessageDeliveredException e) {
        return answer(Problems.of(ProblemType.MESSAGE_DELIVERED, e.getMessage()));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return answer(Problems.of(ProblemType.INVALID_REQUEST, INVALID_FIELDS,
                List.of(FieldProblem.body(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(CaseNotWaitingException.class)
    ResponseEntity<Object> notWaiting(CaseNotWaitingException e) {
        return answer(Problems.of(ProblemType.CASE_NOT_WAITING, e.getMessage()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> FieldProblem.parameter(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return answer(Problems.of(ProblemType.INVALID_REQUEST, "Some parameters are invalid.", errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> wrongParameterType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String detail = type != null && type.isEnum()
                ? "'" + e.getValue() + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                : "has the wrong type";
        return answer(Problems.of(ProblemType.INVALID_REQUEST, "Some parameters are invalid.",
                List.of(FieldProblem.parameter(e.getName(), detail))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("The database cannot be reached: {}", e.toString());
            return answer(Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                    "The database cannot be reached; nothing was changed. Try again shortly."));
        }
        log.error("Unexpected error in the domain API", e);
        return answer(Problems.of(ProblemType.INTERNAL_ERROR,
                "The request could not be processed; nothing was changed. Try again later."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(FieldProblem.body(pointer(error.getField()), error.getDefaultMessage()));
        }
        return answer(Problems.of(ProblemType.INVALID_REQUEST, INVALID_FIELDS, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(FieldProblem.parameter(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return answer(Problems.of(ProblemType.INVALID_REQUEST, "Some parameters are invalid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge tooLarge) {
                return answer(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        Throwable cause = e.getCause();
        List<FieldProblem> errors = List.of();
        String detail = "The body is not valid JSON.";
        if (cause instanceof UnrecognizedPropertyException unknown) {
            errors = List.of(FieldProblem.body(pointer(unknown), "is not a known field"));
            detail = "The body has a field this API does not know.";
        } else if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            Class<?> target = invalid.getTargetType();
            String problem = target != null && target.isEnum() ? "'" + invalid.getValue() + "' is not one of "
                    + java.util.Arrays.toString(target.getEnumConstants())
                    : target == String.class ? textProblem(invalid.getOriginalMessage())
                    : target == java.time.Instant.class ? "has the wrong type: expected " + kind(target)
                    : "has the wrong type";
            errors = List.of(FieldProblem.body(pointer(invalid), problem));
            detail = "A field has a value of the wrong kind.";
        } else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            errors = List.of(FieldProblem.body(pointer(mismatched), "has the wrong type"
                    + (mismatched.getTargetType() == null ? "" : ": expected " + kind(mismatched.getTargetType()))));
            detail = "A field has a value of the wrong kind.";
        } else if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            detail = "The body names a field twice.";
        } else if (cause instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
                && trailing.getOriginalMessage().startsWith("Trailing token")) {
            detail = "The body has content after its JSON value.";
        } else if (cause instanceof JsonMappingException mapping && !(cause instanceof MismatchedInputException)) {
            detail = "The body does not fit this request.";
        }
        return answer(Problems.of(ProblemType.INVALID_REQUEST, detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own answers (405, 406, 415 …) keep their status and headers (Allow, Accept), never internals
        ProblemDetail problem = Problems.of(ProblemType.ofStatus(status.value()), status.value(),
                body instanceof ProblemDetail given ? given.getDetail() : null, null);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.RETRY_AFTER_SECONDS));
        }
        return builder.body(problem);
    }

    private static String textProblem(String message) {
        for (String known : List.of("lone surrogate", "NUL character", "control character")) {
            int at = message == null ? -1 : message.indexOf("contains a " + known);
            if (at >= 0) {
                int end = message.indexOf('\n', at);
                return message.substring(at, end < 0 ? message.length() : end).replaceAll("[\"']?$", "");
            }
        }
        return "has the wrong type: expected text";
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 time with offset, such as 2026-11-25T09:30:00+08:00";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** A JSON Pointer to where Jackson stopped: {@code /evidenceUrls/0}. */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** A JSON Pointer from a bean path: {@code evidenceUrls[0]} becomes {@code /evidenceUrls/0}. */
    private static String pointer(String beanPath) {
        return "/" + beanPath.replace("[", ".").replace("]", "").replace('.', '/');
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
