package com.aftersales.process;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The bean {@code deadlines} that timer expressions such as {@code ${deadlines.lookup}} resolve
 * against: each configured deadline as the ISO-8601 duration text the engine's timers expect.
 */
@Component("deadlines")
public class DeadlineExpressions extends AbstractMap<String, String> {

    private final Map<String, String> durations;

    public DeadlineExpressions(DeadlineProperties properties) {
        Map<String, String> byName = new LinkedHashMap<>();
        properties.byName().forEach((name, duration) -> byName.put(name, duration.toString()));
        this.durations = Map.copyOf(byName);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return durations.entrySet();
    }

    @Override
    public String get(Object name) {
        String duration = durations.get(name);
        if (duration == null) {
            // a typo in a model must fail loudly, not become a timer that never fires
            throw new IllegalArgumentException("no deadline named '" + name + "' in aftersales.deadlines");
        }
        return duration;
    }
}
