package com.aftersales.tasks;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Computes a value a form shows but no process variable holds (a code's label, a deadline's configured length),
 * when the form asks for it by name. Such values are form variables only: computed when Tasklist loads the form,
 * never stored in the case.
 */
public interface FormValueProvider {

    /**
     * The value of {@code name}, if this provider knows the name.
     *
     * @param scope the task whose form is loaded; {@code null} for a start form, which has no case yet
     */
    Optional<Object> value(String name, VariableScope scope);
}
