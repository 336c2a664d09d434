package com.aftersales.kpi;

import com.aftersales.process.DeadlineNames;
import com.aftersales.vocabulary.Labels;
import org.springframework.stereotype.Component;

/**
 * The words the KPIs show: the label catalogue and the deadlines' names with their configured lengths. Cockpit
 * creates its plugin resources itself, outside Spring, so they find these through {@link #current()}: the
 * application context sets it when it starts (one application per JVM serves the web apps).
 */
@Component
public class KpiVocabulary {

    private static volatile KpiVocabulary current;

    private final Labels labels;
    private final DeadlineNames deadlines;

    KpiVocabulary(Labels labels, DeadlineNames deadlines) {
        this.labels = labels;
        this.deadlines = deadlines;
        current = this;
    }

    static KpiVocabulary current() {
        KpiVocabulary vocabulary = current;
        if (vocabulary == null) {
            throw new IllegalStateException("the application has not started");
        }
        return vocabulary;
    }

    public Labels labels() {
        return labels;
    }

    public DeadlineNames deadlines() {
        return deadlines;
    }
}
