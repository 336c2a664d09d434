package com.aftersales.tasks;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a submitted value against its form field the way form-js does in the browser, plus the
 * types the browser always sends: a checkbox is always true or false (a client may leave out one the form gives a
 * default), a number is a number.
 */
final class FormFieldCheck {

    private FormFieldCheck() {
    }

    /**
     * The number a field holds: a number, or the text a field that submits exact text sends; {@code null} when it is
     * neither. A {@code Double} is read by its shortest decimal, which is what was typed.
     */
    static BigDecimal decimal(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    static void check(FormSchema.Field field, Object value, List<String> problems) {
        String key = field.key();
        switch (field.type()) {
            case "checkbox" -> {
                if (value == null && field.defaulted()) {
                    return; // left out: the form's default
                }
                if (!(value instanceof Boolean checked)) {
                    problems.add(key + ": is required and must be true or false");
                } else if (field.required() && !checked) {
                    problems.add(key + ": must be confirmed (true)");
                }
            }
            case "number" -> {
                if (value == null) {
                    if (field.required()) {
                        problems.add(key + ": is required");
                    }
                } else if (decimal(value) == null) {
                    problems.add(key + ": must be a number");
                } else {
                    BigDecimal decimal = decimal(value);
                    if (field.min() != null && decimal.compareTo(field.min()) < 0) {
                        problems.add(key + ": must be at least " + field.min().toPlainString());
                    }
                    if (field.max() != null && decimal.compareTo(field.max()) > 0) {
                        problems.add(key + ": must be at most " + field.max().toPlainString());
                    }
                }
            }
            case "select", "radio" -> {
                if (value == null || "".equals(value)) {
                    if (field.required()) {
                        problems.add(key + ": is required, one of " + new TreeSet<>(field.values()));
                    }
                } else if (!field.values().isEmpty() && !field.values().contains(value.toString())) {
                    problems.add(key + ": '" + value + "' is not one of " + new TreeSet<>(field.values()));
                }
            }
            case "textfield", "textarea" -> {
                if (value == null || (value instanceof String s && s.isBlank())) {
                    if (field.required()) {
                        problems.add(key + ": is required");
                    }
                } else if (!(value instanceof String text)) {
                    problems.add(key + ": must be text");
                } else {
                    int length = text.trim().length();
                    if (field.minLength() != null && length < field.minLength()) {
                        problems.add(key + ": must have at least " + field.minLength() + " characters");
                    }
                    if (field.maxLength() != null && length > field.maxLength()) {
                        problems.add(key + ": must have at most " + field.maxLength() + " characters");
                    }
                    if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).find()) {
                        problems.add(key + ": must match " + field.pattern());
                    }
                }
            }
            default -> {
                // display-only or unknown component types carry no contract
            }
        }
    }
}
