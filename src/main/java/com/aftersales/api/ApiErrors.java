package com.aftersales.api;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as {@code application/problem+json}: bad input names each offending
 * field under {@code errors}; nothing internal (no stack trace, no SQL) reaches the caller.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(UnknownCaseException.class)
    ProblemDetail unknownCase(UnknownCaseException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown case", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownReviewException.class)
    ProblemDetail unknownReview(UnknownReviewException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown review", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownMessageException.class)
    ProblemDetail unknownMessage(UnknownMessageException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown message", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownAgentException.class)
    ProblemDetail unknownAgent(UnknownAgentException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown agent", e.getMessage(), null);
    }

    @ExceptionHandler(NotYourAgentException.class)
    ProblemDetail notYourAgent(NotYourAgentException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(MessageDeliveredException.class)
    ProblemDetail delivered(MessageDeliveredException e) {
        return problem(HttpStatus.CONFLICT, "Message already delivered", e.getMessage(), null);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or invalid.",
                Map.of(e.field(), e.getMessage()));
    }

    @ExceptionHandler(CaseNotWaitingException.class)
    ProblemDetail notWaiting(CaseNotWaitingException e) {
        return problem(HttpStatus.CONFLICT, "Case not waiting for this event", e.getMessage(), null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        Map<String, String> errors = e.getConstraintViolations().stream().collect(Collectors.toMap(
                v -> lastNode(v.getPropertyPath().toString()), v -> v.getMessage(), (a, b) -> a, LinkedHashMap::new));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are invalid.", errors);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in the domain API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be processed; nothing was changed. Try again later.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.merge(error.getField(), error.getDefaultMessage(), (a, b) -> a + "; " + b);
        }
        return ResponseEntity.badRequest().body(
                problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or invalid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> errors.put(
                result.getMethodParameter().getParameterName(),
                result.getResolvableErrors().stream().map(r -> r.getDefaultMessage()).collect(Collectors.joining("; "))));
        return ResponseEntity.badRequest().body(
                problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are invalid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", tooLarge.getMessage(), null));
            }
        }
        Map<String, String> errors = null;
        String detail = "The body is not valid JSON.";
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            errors = Map.of(unknown.getPropertyName(), "is not a known field");
            detail = "The body has a field this API does not know.";
        } else if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = invalid.getPath().get(invalid.getPath().size() - 1).getFieldName();
            Class<?> target = invalid.getTargetType();
            errors = Map.of(field == null ? "body" : field, target != null && target.isEnum()
                    ? "'" + invalid.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants())
                    : "has the wrong type");
            detail = "A field has a value of the wrong kind.";
        } else if (e.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = mismatched.getPath().get(mismatched.getPath().size() - 1).getFieldName();
            errors = Map.of(field == null ? "body" : field, "has the wrong type");
            detail = "A field has a value of the wrong kind.";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own answers (405, 406, 415 …) keep their status, but never carry internals
        if (body instanceof ProblemDetail problem) {
            return ResponseEntity.status(status).headers(headers).body(problem);
        }
        return ResponseEntity.status(status).headers(headers)
                .body(problem(status, HttpStatus.valueOf(status.value()).getReasonPhrase(), null, null));
    }

    static ProblemDetail problem(HttpStatusCode status, String title, String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
