package com.aftersales.kpi;

import com.aftersales.casefile.CaseViews;
import com.aftersales.casefile.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What the KPIs read from a deployed model, so that no query names an element id: the step each
 * element belongs to, the deadlines (boundary timers) and what they are attached to, and the steps
 * that pay refunds.
 *
 * <p>Steps are kept for the elements a case can wait at: activities and catch events. One that declares
 * no {@code step} belongs to the step it leads to: the first step its outgoing flows reach (the
 * follow-up timer belongs to the follow-up). Sub-processes belong to no step of their own; the
 * elements inside them do.
 */
record ModelFacts(Map<String, Step> steps, List<Deadline> deadlines, Set<String> refundActivities,
                  Set<String> userTasks) {

    /** The delegate that pays refunds (the bean name is the contract between the models and the code). */
    static final String PAY_REFUND = "${payRefund}";

    /**
     * Timers that are waits, not deadlines a case can run past: the follow-up comes when it is due,
     * and the buyer's window for revising a review simply closes.
     */
    static final Set<String> WAITS = Set.of("timer_follow_up", "timer_review_revision");

    /** A deadline: a boundary timer on an activity; {@code name} is its label in the model. */
    record Deadline(String scopeActivityId, String deadlineId, String name) {
    }

    static ModelFacts of(BpmnModelInstance model) {
        Map<String, Step> steps = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (isWaitState(node)) {
                stepOf(node).ifPresent(step -> steps.put(node.getId(), step));
            }
        }
        List<Deadline> deadlines = model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .filter(event -> !WAITS.contains(event.getId()))
                .map(event -> new Deadline(event.getAttachedTo().getId(), event.getId(),
                        event.getName() == null ? event.getId() : event.getName()))
                .toList();
        Set<String> refunds = new HashSet<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (PAY_REFUND.equals(task.getCamundaDelegateExpression())) {
                refunds.add(task.getId());
            }
        }
        Set<String> userTasks = new HashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
        return new ModelFacts(Map.copyOf(steps), deadlines, Set.copyOf(refunds), Set.copyOf(userTasks));
    }

    /** Where a case can be found: activities (not the sub-processes around them) and catch events, not gateways. */
    private static boolean isWaitState(FlowNode node) {
        return node instanceof Activity && !(node instanceof SubProcess) || node instanceof IntermediateCatchEvent;
    }

    /** The element's own step, else the first step reached along its outgoing flows. */
    private static Optional<Step> stepOf(FlowNode node) {
        Optional<Step> own = CaseViews.stepOf(node);
        if (own.isPresent()) {
            return own;
        }
        Deque<FlowNode> next = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
        while (!next.isEmpty()) {
            FlowNode candidate = next.poll();
            if (!seen.add(candidate.getId())) {
                continue;
            }
            Optional<Step> step = CaseViews.stepOf(candidate);
            if (step.isPresent()) {
                return step;
            }
            candidate.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
        }
        return Optional.empty();
    }
}
