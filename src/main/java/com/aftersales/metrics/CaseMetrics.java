package com.aftersales.metrics;

import com.aftersales.vocabulary.Outcome;
import com.aftersales.kpi.Kpis;
import com.aftersales.process.DeadlineNames;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The {@code aftersales_*} counters and timers, fed by listeners that a parse listener puts on every
 * deployed model (no model and no delegate has to remember them). A figure is counted only when the
 * engine's transaction commits: a refused or retried step counts nothing.
 *
 * <ul>
 * <li>{@code aftersales_cases_started_total{channel}} — a case's process started;</li>
 * <li>{@code aftersales_cases_closed_total{outcome,resolution}} and the timer
 *     {@code aftersales_time_to_close_seconds{outcome}} — a case's process ended;</li>
 * <li>{@code aftersales_disputes_total{verdict}} — a case closed with a platform verdict;</li>
 * <li>{@code aftersales_deadline_breaches_total{deadline,process}} — a deadline's timer fired;</li>
 * </ul>
 * The refunds are counted where they are paid ({@link RefundMetrics}), the open cases by {@link OpenCasesGauge}.
 */
@Component
class CaseMetrics extends AbstractProcessEnginePlugin {

    static final String NONE = "NONE";

    private final MeterRegistry registry;

    CaseMetrics(MeterRegistry registry) {
        this.registry = registry;
        // counted by RefundMetrics; shown from the start, at zero
        RefundMetrics.count(registry);
        RefundMetrics.amount(registry);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new Listeners());
    }

    private final class Listeners extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element element, ProcessDefinitionEntity process) {
            if (AfterSalesCase.PROCESS_KEY.equals(process.getKey())) {
                process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) CaseMetrics.this::caseStarted);
                process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseMetrics.this::caseClosed);
            }
        }

        @Override
        public void parseBoundaryTimerEventDefinition(Element definition, boolean interrupting, ActivityImpl timer) {
            String process = ((ProcessDefinitionEntity) timer.getProcessDefinition()).getKey();
            if (isCounted(process) && !DeadlineNames.isWait(expression(definition))) {
                timer.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> afterCommit(() ->
                        registry.counter("aftersales.deadline.breaches", "deadline", timer.getId(), "process", process)
                                .increment()));
            }
        }
    }

    /** The timer's expression ({@code ${deadlines.x}}), whichever of duration, date or cycle it is. */
    private static String expression(Element timerDefinition) {
        for (String kind : new String[] {"timeDuration", "timeDate", "timeCycle"}) {
            Element expression = timerDefinition.element(kind);
            if (expression != null) {
                return expression.getText().trim();
            }
        }
        return "";
    }

    private static boolean isCounted(String processKey) {
        return Kpis.PROCESS_KEYS.contains(processKey);
    }

    /** A new case; a closed case reopened for a dispute after closing (its message start) is not a new case. */
    private void caseStarted(DelegateExecution execution) {
        if (AfterSalesCase.Element.DISPUTE_AFTER_CLOSE.equals(execution.getCurrentActivityId())) {
            return;
        }
        String channel = text(execution.getVariable(Var.CHANNEL.name()));
        afterCommit(() -> registry.counter("aftersales.cases.started", "channel", channel).increment());
    }

    private void caseClosed(DelegateExecution execution) {
        String outcome = text(execution.getVariable(Var.OUTCOME.name()));
        String resolution = text(execution.getVariable(Var.RESOLUTION.name()));
        Duration open = timeOpen(execution.getProcessInstanceId());
        afterCommit(() -> {
            registry.counter("aftersales.cases.closed", "outcome", outcome, "resolution", resolution).increment();
            if (open != null) {
                Timer.builder("aftersales.time.to.close").description("Time from inquiry to close")
                        .tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMinutes(1)).maximumExpectedValue(Duration.ofDays(60))
                        .register(registry).record(open);
            }
            Map<String, String> verdicts = Map.of(Outcome.DISPUTE_SELLER_LIABLE.name(), "SELLER_LIABLE",
                    Outcome.DISPUTE_BUYER_LIABLE.name(), "BUYER_LIABLE");
            if (verdicts.containsKey(outcome)) {
                registry.counter("aftersales.disputes", "verdict", verdicts.get(outcome)).increment();
            }
        });
    }

    /** How long the case's process has run, from its history (no authorization check: this is the engine counting). */
    private static Duration timeOpen(String processInstanceId) {
        HistoricProcessInstanceEventEntity instance = Context.getCommandContext().getHistoricProcessInstanceManager()
                .findHistoricProcessInstance(processInstanceId);
        if (instance == null || instance.getStartTime() == null) {
            return null;
        }
        return Duration.ofMillis(Math.max(0, ClockUtil.getCurrentTime().getTime() - instance.getStartTime().getTime()));
    }

    private static void afterCommit(Runnable count) {
        Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> count.run());
    }

    private static String text(Object value) {
        return value == null ? NONE : value.toString();
    }
}
