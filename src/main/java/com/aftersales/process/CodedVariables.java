package com.aftersales.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of the application's processes that hold codes of the vocabulary, by name: what a form field or a
 * condition with that name may hold, and which labels name its values.
 */
public final class CodedVariables {

    private static final Map<String, Variable<?>> BY_NAME =
            collect(AfterSalesCase.Var.class, DisputeEscalation.Var.class, ReviewRemediation.Var.class);

    private CodedVariables() {
    }

    public static Map<String, Variable<?>> byName() {
        return BY_NAME;
    }

    private static Map<String, Variable<?>> collect(Class<?>... holders) {
        Map<String, Variable<?>> coded = new LinkedHashMap<>();
        for (Class<?> holder : holders) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Variable.class) {
                    try {
                        Variable<?> variable = (Variable<?>) field.get(null);
                        if (variable.isCode()) {
                            coded.putIfAbsent(variable.name(), variable);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Map.copyOf(coded);
    }
}
