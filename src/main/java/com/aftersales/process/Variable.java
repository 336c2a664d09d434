package com.aftersales.process;

import com.aftersales.refund.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable with its name and its type, in the style of holunda's camunda-bpm-data
 * {@code VariableFactory}: code reads {@code Var.RESOLUTION.get(execution)} and gets a {@code Resolution}, not an
 * {@code Object} to cast. Each variable says once how it is stored in the engine: codes as their names, money as
 * exact text with two decimals ("12.50": the engine has no decimal type, and a {@code Double} is not money), times
 * as dates.
 */
public final class Variable<T> {

    private final String name;
    private final Function<Object, T> read;
    private final Function<T, Object> write;
    private final Class<?> codes;

    private Variable(String name, Function<Object, T> read, Function<T, Object> write) {
        this(name, read, write, null);
    }

    private Variable(String name, Function<Object, T> read, Function<T, Object> write, Class<?> codes) {
        this.name = name;
        this.read = read;
        this.write = write;
        this.codes = codes;
    }

    public static Variable<String> text(String name) {
        return new Variable<>(name, value -> value == null ? null : value.toString(), value -> value);
    }

    public static Variable<Boolean> flag(String name) {
        return new Variable<>(name, value -> (Boolean) value, value -> value);
    }

    public static Variable<Integer> count(String name) {
        return new Variable<>(name, value -> value == null ? null : ((Number) value).intValue(), value -> value);
    }

    /** A code of the vocabulary, stored as its name (so Tasklist filters, Cockpit searches and FEEL read it). */
    public static <E extends Enum<E>> Variable<E> code(String name, Class<E> type) {
        return new Variable<>(name, value -> value == null || "".equals(value) ? null : Enum.valueOf(type, value.toString()),
                value -> value == null ? null : value.name(), type);
    }

    /** Yuan, exact: read from whatever a form or engine REST sent (number or text), stored as text ("12.50"). */
    public static Variable<BigDecimal> money(String name) {
        return new Variable<>(name, Money::of, value -> value == null ? null : Money.text(value));
    }

    public static Variable<Instant> time(String name) {
        return new Variable<>(name, value -> value == null ? null : ((Date) value).toInstant(),
                value -> value == null ? null : Date.from(value));
    }

    public String name() {
        return name;
    }

    /** Whether the variable holds a code of the vocabulary (which has a label). */
    public boolean isCode() {
        return codes != null;
    }

    /** The enumeration whose codes the variable holds; {@code null} for other variables. */
    public Class<?> codes() {
        return codes;
    }

    /** The value as the scope sees it (its own or an enclosing scope's); {@code null} when absent. */
    public T get(VariableScope scope) {
        return read.apply(scope.getVariable(name));
    }

    /** The value, which must be there: a model that forgets to set it fails loudly. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("the process variable '" + name + "' is missing");
        }
        return value;
    }

    /**
     * What the model gives the current step under this name: its {@code camunda:property} (an expression is evaluated
     * now); {@code null} without one. A step's setting (which phrase to send, which outcome to close with) rather
     * than an input parameter, which would be a local variable and make the step a scope: an execution and a
     * variable written and deleted per setting (issue 22).
     */
    public T ofStep(DelegateExecution execution) {
        String text = ModelSteps.property(execution.getBpmnModelElementInstance(), name);
        if (text == null) {
            return null;
        }
        boolean expression = text.startsWith("${") || text.startsWith("#{");
        return read.apply(expression ? Context.getProcessEngineConfiguration().getExpressionManager()
                .createExpression(text).getValue(execution) : text);
    }

    public T from(Map<String, ?> variables) {
        return read.apply(variables.get(name));
    }

    /**
     * Sets the value where the variable lives (or on the process instance when it is new). Writing what is already
     * there, or {@code null} to a variable that is not there, writes nothing: each write costs the engine a runtime row
     * and history rows (issue 22); {@link #get} reads an absent variable as {@code null} all the same.
     */
    public void set(VariableScope scope, T value) {
        Object stored = write.apply(value);
        if (scope.hasVariable(name) ? Objects.equals(scope.getVariable(name), stored) : stored == null) {
            return;
        }
        scope.setVariable(name, stored);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, write.apply(value));
    }

    /** The value as the engine stores it. */
    public Object stored(T value) {
        return write.apply(value);
    }

    public VariableMap put(VariableMap variables, T value) {
        return variables.putValue(name, write.apply(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
