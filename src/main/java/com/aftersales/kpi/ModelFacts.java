package com.aftersales.kpi;

import com.aftersales.process.DeadlineNames;
import com.aftersales.process.ModelSteps;
import com.aftersales.vocabulary.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What the KPIs read from a deployed model, so that no query names an element id: the step each
 * element belongs to ({@link ModelSteps}, the rule the case view uses too), the deadlines (boundary timers) and
 * what they are attached to, and the steps that pay refunds.
 */
record ModelFacts(Map<String, Step> steps, List<Deadline> deadlines, Set<String> refundActivities,
                  Set<String> userTasks) {

    /** The delegate that pays refunds (the bean name is the contract between the models and the code). */
    static final String PAY_REFUND = "${payRefund}";

    /**
     * A deadline: a boundary timer on an activity; {@code deadlineKey} is the configured deadline it reads
     * ({@code aftersales.deadlines.*}), which names it.
     */
    record Deadline(String scopeActivityId, String deadlineId, String deadlineKey) {
    }

    static ModelFacts of(BpmnModelInstance model) {
        List<Deadline> deadlines = model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .map(event -> new Deadline(event.getAttachedTo().getId(), event.getId(),
                        DeadlineNames.keyOf(event).orElse(null)))
                .filter(deadline -> deadline.deadlineKey() == null || !DeadlineNames.isWait(deadline.deadlineKey()))
                .toList();
        Set<String> refunds = new HashSet<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (PAY_REFUND.equals(task.getCamundaDelegateExpression())) {
                refunds.add(task.getId());
            }
        }
        Set<String> userTasks = new HashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
        return new ModelFacts(ModelSteps.of(model).all(), deadlines, Set.copyOf(refunds), Set.copyOf(userTasks));
    }
}
