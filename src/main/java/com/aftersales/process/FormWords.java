package com.aftersales.process;

import com.aftersales.tasks.FormValueProvider;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The words a form shows instead of codes and numbers the shop configures, as form values ({@link
 * FormValueProvider}):
 * <ul>
 * <li>{@code <variable>Label}: the label of a coded variable of the case ({@code resolutionLabel} is
 *     "换货 Exchange" where {@code resolution} is {@code EXCHANGE});</li>
 * <li>{@code <variable>Text}: a time of the case as people in the shop read it ("2026-11-25 18:00", the shop's
 *     zone), e.g. {@code promisedShipByText};</li>
 * <li>{@code deadline_<name>_zh} and {@code deadline_<name>_en}: a configured deadline's length ("3天", "3 days"),
 *     so that a suggested reply promises what the shop configured.</li>
 * </ul>
 */
@Component
class FormWords implements FormValueProvider {

    private static final String LABEL = "Label";
    private static final String TEXT = "Text";
    private static final java.time.format.DateTimeFormatter SHOP_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern DEADLINE = Pattern.compile("deadline_(\\w+)_(zh|en)");

    private final Labels labels;
    private final DeadlineNames deadlines;

    private final java.time.Clock clock;

    FormWords(Labels labels, DeadlineNames deadlines, java.time.Clock clock) {
        this.labels = labels;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public Optional<Object> value(String name, VariableScope scope) {
        Matcher deadline = DEADLINE.matcher(name);
        if (deadline.matches()) {
            return Optional.of(deadlines.length(deadline.group(1),
                    Language.valueOf(deadline.group(2).toUpperCase(Locale.ROOT))));
        }
        if (scope != null && name.endsWith(TEXT) && scope.getVariable(name.substring(0, name.length() - TEXT.length()))
                instanceof java.util.Date time) {
            return Optional.of(SHOP_TIME.format(time.toInstant().atZone(clock.getZone())));
        }
        if (scope != null && name.endsWith(LABEL)) {
            Variable<?> variable = CodedVariables.byName().get(name.substring(0, name.length() - LABEL.length()));
            if (variable != null) {
                try {
                    return Optional.ofNullable(variable.get(scope)).map(code -> labels.of((Enum<?>) code));
                } catch (IllegalArgumentException notACode) {
                    return Optional.empty(); // a value the vocabulary does not know is shown as it is
                }
            }
        }
        return Optional.empty();
    }
}
