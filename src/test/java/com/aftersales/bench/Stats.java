package com.aftersales.bench;

import java.util.ArrayList;
import java.util.List;

/** Order statistics of measured values: median and spread over rounds, percentiles of latencies. */
record Stats(List<Double> values) {

    Stats {
        values = values.stream().sorted().toList();
    }

    static Stats of(List<Double> values) {
        return new Stats(new ArrayList<>(values));
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        return values.get(Math.max(0, Math.min(values.size() - 1, rank - 1)));
    }

    int count() {
        return values.size();
    }
}
