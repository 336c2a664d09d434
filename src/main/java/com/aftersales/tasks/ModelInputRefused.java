package com.aftersales.tasks;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A model's step refusing what a start or message over engine REST gave it (a business key naming no case, variables
 * missing): the caller's mistake, answered {@code 400} with {@code errors} naming each offending member
 * ({@link EngineRestProblem}).
 */
public class ModelInputRefused extends BadUserRequestException {

    private final boolean businessKey;
    private final List<String> variables;

    private ModelInputRefused(String message, boolean businessKey, List<String> variables) {
        super(message);
        this.businessKey = businessKey;
        this.variables = List.copyOf(variables);
    }

    /** The business key names nothing the step can work on. */
    public static ModelInputRefused businessKey(String message) {
        return new ModelInputRefused(message, true, List.of());
    }

    /** These variables are missing or unusable. */
    public static ModelInputRefused variables(String message, String... names) {
        return new ModelInputRefused(message, false, List.of(names));
    }

    boolean businessKey() {
        return businessKey;
    }

    List<String> variables() {
        return variables;
    }
}
