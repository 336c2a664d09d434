package com.aftersales.metrics;

import com.aftersales.vocabulary.Step;
import com.aftersales.kpi.KpiQueryService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code aftersales_cases_open{step}}: open cases by step, counted by the dashboard's query. The count
 * is shared by all steps and taken at most every 15 seconds, however often the gauges are read. Every
 * node of a cluster reports the same database's count (aggregate with max, not sum).
 */
@Component
class OpenCasesGauge {

    private static final Logger log = LoggerFactory.getLogger(OpenCasesGauge.class);
    private static final Duration FRESH = Duration.ofSeconds(15);

    private final KpiQueryService kpis;
    private volatile Map<Step, Long> counts = Map.of();
    private volatile long countedAt;

    OpenCasesGauge(KpiQueryService kpis, MeterRegistry registry) {
        this.kpis = kpis;
        for (Step step : Step.values()) {
            if (step != Step.CLOSED) {
                Gauge.builder("aftersales.cases.open", this, gauge -> gauge.count(step))
                        .description("Open cases by the step they are at").tag("step", step.name())
                        .register(registry);
            }
        }
    }

    private double count(Step step) {
        long now = System.nanoTime();
        if (counts.isEmpty() || now - countedAt > FRESH.toNanos()) {
            synchronized (this) {
                if (counts.isEmpty() || now - countedAt > FRESH.toNanos()) {
                    try {
                        counts = kpis.kpis().openCasesByStep();
                        countedAt = now;
                    } catch (RuntimeException e) {
                        log.warn("Open cases could not be counted: {}", e.toString());
                    }
                }
            }
        }
        return counts.getOrDefault(step, 0L);
    }
}
