package com.aftersales.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The history the application reads, and no more (issue 22: a third of a case's SQL statements were history rows
 * nobody reads). The engine's level stays {@code full} (the database's {@code historyLevel} property is unchanged,
 * so {@code aftersales.history.events=full} switches back at any start); this handler in front of the engine's
 * own database handler leaves out:
 *
 * <ul>
 *   <li>activity instances nobody reads. Their readers are the case timeline ({@code timeline/CaseTimelines}: the
 *       steps passed, by {@code STEP_TYPES}), the KPIs ({@code kpi/queries/kpi.xml}: open scopes that carry a
 *       deadline, the deadlines' boundary timers that fired, open user tasks) and the tests' {@code hasPassed}.
 *       Left out, by type ({@link #UNREAD_TYPES}): gateways (a choice, not a step); none start events (the start
 *       of their process or sub-process, at the same moment); none and escalation end events (the end of their
 *       scope; every ending's outcome is the closing or concluding service task before it, which is kept);
 *       escalation boundary events (the step they lead to is kept: the dispute, the automatic agreement);
 *       intermediate throw events. By model element ({@link #UNREAD}, marked when a model is parsed): service
 *       tasks that only send a message ({@link #NOTIFYING}: the outbox row is the record, and the timeline lists
 *       it under its messages); sub-processes no timer is attached to (not a scope of a deadline, and no step of
 *       the timeline). An activity left out at its start is left out at its end too (the same type, the same
 *       element), so the engine neither selects nor updates a row it never wrote;</li>
 *   <li>the {@code DURATION_} of an activity instance that ends in a later transaction than it started: the
 *       engine would read the row first only for it; every reader gets end minus start ({@link Handler});</li>
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
 * Everything else is kept as {@code full} writes it: process instances (timeline, KPIs, disputes after closing;
 * their start and end activity), the other activity instances (timeline and KPIs: user, receive and other service
 * tasks, call activities, timers, message events, sub-processes with a timer, event sub-processes, message and
 * timer start events), task instances (Tasklist's and Cockpit's history, who worked a step), identity links, the
 * instance's variables (case view, KPIs), incidents (KPIs: refunds in incident), decisions with their inputs and
 * outputs (Cockpit's decision view), user operations (who changed what in Cockpit). Cockpit's community edition
 * shows runtime activity instances only, and the application's Cockpit plugins read the history through the KPIs
 * and the timeline.
 */
@Component
@EnableConfigurationProperties(HistoryProperties.class)
class LeanHistory extends AbstractProcessEnginePlugin {

    /** Activity types no reader reads (see the class comment for why each). */
    static final Set<String> UNREAD_TYPES = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "complexGateway", "startEvent", "noneEndEvent", "escalationEndEvent",
            "boundaryEscalation", "intermediateThrowEvent", "intermediateNoneThrowEvent",
            "intermediateMessageThrowEvent", "intermediateSignalThrow", "intermediateEscalationThrowEvent",
            "intermediateCompensationThrowEvent");

    /** The delegates that only send a message (the bean names are the contract between the models and the code). */
    static final Set<String> NOTIFYING = Set.of("${notifyBuyer}", "${notifyStaff}");

    /** The property of a parsed model element whose activity instances no reader reads. */
    static final String UNREAD = "aftersales.history.unread";

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
            if (configuration.getCustomPostBPMNParseListeners() == null) {
                configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
            }
            configuration.getCustomPostBPMNParseListeners().add(new UnreadElements());
        }
    }

    /** Marks the model elements whose activity instances nobody reads, as each model is parsed. */
    static final class UnreadElements extends AbstractBpmnParseListener {

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (NOTIFYING.contains(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression"))) {
                activity.setProperty(UNREAD, true);
            }
        }

        @Override
        public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
            // an event sub-process records that its event came; boundary events are parsed after the sub-process
            if (!Boolean.parseBoolean(element.attribute("triggeredByEvent"))) {
                activity.setProperty(UNREAD, true);
            }
        }

        @Override
        public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl boundary) {
            // a timer's scope is read by the KPIs (open scopes past their deadline)
            if (element.element("timerEventDefinition") != null
                    && boundary.getEventScope() instanceof ActivityImpl attached) {
                attached.setProperty(UNREAD, false);
            }
        }
    }

    /** Whether the lean history writes this event. */
    static boolean written(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return !UNREAD_TYPES.contains(activity.getActivityType()) && !unreadElement(activity);
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

    /**
     * Whether the model marks the activity {@link #UNREAD}: the parsed model from the engine's cache, where the
     * running instance's definition is (no statement); not known there, the activity is kept.
     */
    private static boolean unreadElement(HistoricActivityInstanceEventEntity activity) {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        ProcessDefinitionEntity definition = configuration == null || activity.getProcessDefinitionId() == null ? null
                : configuration.getDeploymentCache().findProcessDefinitionFromCache(activity.getProcessDefinitionId());
        ActivityImpl element = definition == null ? null : definition.findActivity(activity.getActivityId());
        return element != null && Boolean.TRUE.equals(element.getProperty(UNREAD));
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

        /**
         * Ends (and other updates of) an activity instance without reading its row first: the engine reads it only
         * for the start time, to store the duration, which the update leaves out; {@code DURATION_} stays empty and
         * {@code HistoricActivityInstance.getDurationInMillis()} (Java API, engine REST) gives end minus start. No
         * reader sorts or sums activity instances by that column. Process instances keep it (the time to close).
         */
        @Override
        protected void insertOrUpdate(HistoryEvent event) {
            if (event instanceof HistoricActivityInstanceEventEntity && !isInitialEvent(event)) {
                DbEntityManager db = getDbEntityManager();
                // a row of this transaction is in the cache and written with its end by the flush
                if (event.getId() != null && db.getCachedEntity(event.getClass(), event.getId()) == null) {
                    db.merge(event);
                }
                return;
            }
            super.insertOrUpdate(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity variable) {
            return AUDITED.contains(variable.getVariableName()) && super.shouldWriteHistoricDetail(variable);
        }
    }
}
