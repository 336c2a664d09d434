package com.aftersales.bench;

import java.util.Locale;

/**
 * One row of the table: a figure's median and spread over rounds, beside its goal. {@code higherIsBetter}
 * says which way the goal points; a figure without a goal has {@code goal == null}.
 */
record Figure(String name, String unit, Stats rounds, Double goal, boolean higherIsBetter, String note) {

    String verdict() {
        if (goal == null) {
            return "—";
        }
        boolean met = higherIsBetter ? rounds.median() >= goal : rounds.median() <= goal;
        return met ? "met" : "**not met**";
    }

    String goalText() {
        return goal == null ? "—" : (higherIsBetter ? "≥ " : "≤ ") + format(goal) + " " + unit;
    }

    String row() {
        return "| %s | %s %s | %s – %s | %d | %s | %s | %s |".formatted(name, format(rounds.median()), unit,
                format(rounds.min()), format(rounds.max()), rounds.count(), goalText(), verdict(),
                note == null ? "" : note);
    }

    static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
