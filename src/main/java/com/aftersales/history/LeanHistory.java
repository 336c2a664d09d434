package com.aftersales.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The history the application reads, and no more (issue 22: a third of a case's SQL statements were history rows
 * nobody reads). The engine's level stays {@code full} (the database's {@code historyLevel} property is unchanged,
 * so {@code aftersales.history.events=full} switches back at any start); this handler in front of the engine's
 * own database handler leaves out:
 *
 * <ul>
 *   <li>gateways' activity instances: neither the case timeline ({@code timeline/CaseTimelines}'s step types) nor
 *       the KPIs (open scopes and fired deadlines: tasks, sub-processes, timers) nor Cockpit shows them;</li>
 *   <li>the history of local variables (a task's card, a notifying task's {@code phrase}, a closing task's
 *       {@code closingOutcome}): the KPIs, the case view and the disputes read the instance's own variables only
 *       ({@code EXECUTION_ID_ = the instance}); the values are copies of those or of the model's constants;</li>
 *   <li>the earlier values of a variable ({@code ACT_HI_DETAIL}) except for {@link #AUDITED} ones: what a
 *       proposal offered before the buyer countered, which decision a lead took before the next;</li>
 *   <li>the job log except failures (with their exception, for finance's retries) and the runs of jobs other
 *       than timers (a refund's payment: which node ran it, {@code ACT_HI_JOB_LOG.HOSTNAME_}); a timer that fired
 *       shows as its activity instance.</li>
 * </ul>
 *
 * Everything else is kept as {@code full} writes it: process instances (timeline, KPIs, disputes after closing),
 * the other activity instances (timeline, KPIs), task instances (Tasklist's and Cockpit's history, who worked a
 * step), identity links, the instance's variables (case view, KPIs), incidents (KPIs: refunds in incident),
 * decisions with their inputs and outputs (Cockpit's decision view), user operations (who changed what in Cockpit).
 */
@Component
@EnableConfigurationProperties(HistoryProperties.class)
class LeanHistory extends AbstractProcessEnginePlugin {

    static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "complexGateway");

    /**
     * Variables whose every value is kept (ACT_HI_DETAIL): the contract's, the proposal's fields, and the answers
     * and decisions that a later round may overwrite.
     */
    static final Set<String> AUDITED = Set.of("caseId", "orderId", "buyerId", "channel", "issueType", "resolution",
            "refundAmount", "outcome", "compensationAmount", "compensationApproved", "giveShippingFee",
            "shippingFeeAmount", "giveCoupon", "couponAmount", "giveRedEnvelope", "redEnvelopeAmount", "giveGift",
            "giftItem", "customerDecision", "counterOffers", "returnCondition", "leadReturnDecision",
            "alternativeDecision", "takeOverDecision", "keepOrderDecision", "cancellationAccepted", "satisfied",
            "satisfactionScore", "reopens", "disputeOutcome");

    private final HistoryProperties properties;

    LeanHistory(HistoryProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (properties.events() == HistoryEvents.LEAN) {
            List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                    ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
            handlers.add(0, new Handler());
            configuration.setCustomHistoryEventHandlers(handlers);
            configuration.setEnableDefaultDbHistoryEventHandler(false);
        }
    }

    /** Whether the lean history writes this event. */
    static boolean written(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return !GATEWAYS.contains(activity.getActivityType());
        }
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return variable.getProcessInstanceId() == null
                    || variable.getProcessInstanceId().equals(variable.getScopeActivityInstanceId());
        }
        if (event instanceof HistoricJobLogEvent job) {
            return event.isEventOfType(HistoryEventTypes.JOB_FAIL) || event.isEventOfType(HistoryEventTypes.JOB_SUCCESS)
                    && (job.getJobDefinitionType() == null || !job.getJobDefinitionType().startsWith("timer-"));
        }
        return true;
    }

    /** The engine's database handler, given only the events {@link #written} keeps. */
    static final class Handler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (written(event)) {
                super.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity variable) {
            return AUDITED.contains(variable.getVariableName()) && super.shouldWriteHistoricDetail(variable);
        }
    }
}
