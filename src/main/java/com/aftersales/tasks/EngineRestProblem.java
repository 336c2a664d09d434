package com.aftersales.tasks;

import com.aftersales.web.FieldProblem;
import com.aftersales.web.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;

/**
 * A refusal the application raises through engine REST, in the problem shape of {@code /api} ({@code type} URI,
 * {@code title}, {@code status}, {@code detail}, {@code errors} as {@code {pointer, detail}}) and still in engine
 * REST's own ({@code message}, {@code code}): Tasklist shows {@code message}, and its HTTP client reads a body as
 * JSON only when it is {@code application/json}, so that stays the content type.
 */
final class EngineRestProblem {

    /** How the engine names a variable an expression needed and the call did not give. */
    private static final Pattern UNRESOLVED_IDENTIFIER = Pattern.compile("Cannot resolve identifier '([^']+)'");

    private EngineRestProblem() {
    }

    /** A completion refused by the task's checks: each {@code field: English} problem under its variable. */
    static Response refusedCompletion(TaskCompletionRefused refused) {
        List<FieldProblem> errors = refused.problems().stream().map(problem -> {
            int colon = problem.indexOf(": ");
            return colon < 0 ? FieldProblem.body("/variables", problem)
                    : FieldProblem.body("/variables/" + problem.substring(0, colon), problem.substring(colon + 2));
        }).toList();
        Map<String, Object> body = body(refused.getMessage(), refused.notice(), errors);
        body.put("problems", refused.problems()); // as before this shape, for engine-REST clients reading them
        return answer(body);
    }

    /**
     * A start, message or completion without the variables the model needs: a form field's validation or an
     * expression naming a variable the call did not give. {@code variables} names the body's variables member
     * ({@code variables}, or {@code processVariables} for a message).
     */
    static Response modelInput(Throwable cause, String variables) {
        String variable = null;
        if (cause instanceof FormFieldValidatorException invalid) {
            variable = invalid.getId();
        } else if (cause instanceof FormFieldValidationException invalid && invalid.getDetail() instanceof String name
                && !name.isBlank()) {
            variable = name; // the application's delegates name the missing variable as the detail
        } else {
            Matcher unresolved = UNRESOLVED_IDENTIFIER.matcher(String.valueOf(cause.getMessage()));
            if (unresolved.find()) {
                variable = unresolved.group(1);
            }
        }
        String pointer = "/" + variables + (variable == null ? "" : "/" + variable);
        return answer(body(cause.getMessage(), cause.getMessage(), List.of(FieldProblem.body(pointer,
                cause.getMessage()))));
    }

    /** A step of the application refusing the business key or variables of a start or message. */
    static Response refusedInput(ModelInputRefused refused, String variables) {
        List<FieldProblem> errors = refused.businessKey()
                ? List.of(FieldProblem.body("/businessKey", refused.getMessage()))
                : refused.variables().stream()
                .map(name -> FieldProblem.body("/" + variables + "/" + name, refused.getMessage())).toList();
        return answer(body(refused.getMessage(), refused.getMessage(), errors));
    }

    /** Whether this is the model refusing its input rather than a fault of the application. */
    static boolean isModelInput(Throwable cause) {
        return cause instanceof FormException || cause.getClass().getSimpleName().equals("PropertyNotFoundException");
    }

    private static Map<String, Object> body(String detail, String message, List<FieldProblem> errors) {
        ProblemType type = ProblemType.INVALID_REQUEST;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("errors", errors);
        body.put("message", message);
        body.put("code", 0);
        return body;
    }

    private static Response answer(Map<String, Object> body) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
