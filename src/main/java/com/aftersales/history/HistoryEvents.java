package com.aftersales.history;

/** Which of the engine's history events are written (aftersales.history.events). */
public enum HistoryEvents {
    /** What the case timeline, the KPIs, Cockpit and the audit read, and nothing else ({@link LeanHistory}). */
    LEAN,
    /** Everything Camunda's {@code full} level writes. */
    FULL
}
