package com.aftersales.process;

import com.aftersales.vocabulary.DurationText;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What people call a deadline: its label from the catalogue and its configured length, e.g.
 * "买家寄回退货（7天）Buyer ships the return (7 days)". A timer is named after the deadline its expression
 * reads ({@code ${deadlines.returnShipment}}), so the case view, the KPIs and the phrases say the length the
 * shop configured, never a number written into a model.
 */
@Component
public class DeadlineNames {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{deadlines\\.(\\w+)}");

    /**
     * Timers that are waits, not deadlines a case can run past: the follow-up comes when it is due, and the buyer's
     * window for revising a review simply closes. They count neither as breaches nor as overdue.
     */
    private static final Set<String> WAITS = Set.of("followUp", "reviewRevision");

    private final Map<String, Duration> durations;
    private final Labels labels;

    public DeadlineNames(DeadlineProperties deadlines, Labels labels) {
        this.durations = Map.copyOf(deadlines.byName());
        this.labels = labels;
        durations.keySet().forEach(key -> labels.text("deadline." + key, Language.ZH));
        durations.keySet().forEach(key -> labels.text("deadline." + key, Language.EN));
    }

    /** The deadline's name and length in both languages. */
    public String name(String key) {
        return name(key, Language.ZH) + " " + name(key, Language.EN);
    }

    public String name(String key, Language language) {
        String length = length(key, language);
        return labels.text("deadline." + key, language) + (language == Language.ZH ? "（" + length + "）" : " (" + length + ")");
    }

    /** The configured length alone: "7天" or "7 days". */
    public String length(String key, Language language) {
        Duration duration = durations.get(key);
        if (duration == null) {
            throw new IllegalArgumentException("no deadline named '" + key + "' in aftersales.deadlines");
        }
        return DurationText.of(duration, language);
    }

    /** The name of a timer event: after the deadline it reads, else its label in the model, else its id. */
    public String nameOf(ModelElementInstance timerEvent) {
        Optional<String> key = keyOf(timerEvent);
        if (key.isPresent()) {
            return name(key.get());
        }
        return timerEvent instanceof FlowElement element && element.getName() != null
                ? element.getName() : String.valueOf(timerEvent.getAttributeValue("id"));
    }

    /** Whether a timer reading this expression (or deadline name) is a wait rather than a deadline. */
    public static boolean isWait(String expressionOrKey) {
        Matcher matcher = EXPRESSION.matcher(expressionOrKey);
        return WAITS.contains(matcher.find() ? matcher.group(1) : expressionOrKey);
    }

    /**
     * The deadline a timer event's expression reads ({@code ${deadlines.x}} gives {@code x}); for a user task, the
     * deadline of its timeout listener (a service level).
     */
    public static Optional<String> keyOf(ModelElementInstance timerEvent) {
        if (timerEvent == null) {
            return Optional.empty();
        }
        List<TimerEventDefinition> timers = new ArrayList<>(timerEvent.getChildElementsByType(TimerEventDefinition.class));
        if (timerEvent instanceof UserTask task && task.getExtensionElements() != null) {
            task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                    .forEach(listener -> timers.addAll(listener.getTimeouts()));
        }
        for (TimerEventDefinition timer : timers) {
            for (var expression : new ModelElementInstance[] {timer.getTimeDuration(), timer.getTimeDate(),
                    timer.getTimeCycle()}) {
                if (expression != null) {
                    Matcher matcher = EXPRESSION.matcher(expression.getTextContent());
                    if (matcher.find()) {
                        return Optional.of(matcher.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
