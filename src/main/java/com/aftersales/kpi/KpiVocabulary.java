package com.aftersales.kpi;

import com.aftersales.process.DeadlineNames;
import com.aftersales.vocabulary.Labels;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The words the KPIs show: the label catalogue, the deadlines' names with their configured lengths, the shop's zone
 * their days are counted in, and the pick-up time of the fake-shipment list. Cockpit creates its plugin resources itself, outside Spring, so they find these
 * through {@link #current()}: the application context sets it when it starts (one application per JVM serves the
 * web apps).
 */
@Component
public class KpiVocabulary {

    private static volatile KpiVocabulary current;

    private final Labels labels;
    private final DeadlineNames deadlines;
    private final ZoneId zone;
    private final java.time.Duration pickUpWithin;

    KpiVocabulary(Labels labels, DeadlineNames deadlines, Clock clock,
                  com.aftersales.logistics.LogisticsProperties logistics) {
        this.labels = labels;
        this.deadlines = deadlines;
        this.zone = clock.getZone();
        this.pickUpWithin = logistics.pickUpWithin();
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

    /** How soon a shipped parcel must be picked up by the carrier (the fake-shipment list). */
    public java.time.Duration pickUpWithin() {
        return pickUpWithin;
    }

    /** The shop's zone: the days the figures are counted in. */
    public ZoneId zone() {
        return zone;
    }
}
