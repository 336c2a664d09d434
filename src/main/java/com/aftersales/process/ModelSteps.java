package com.aftersales.process;

import com.aftersales.vocabulary.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The one rule for "which of the seven steps is this element of the model", used by the case view and the KPIs
 * alike. An element declares its step with the extension property {@value #PROPERTY}; a wait state (an activity or
 * a catch event) that declares none belongs to the step it leads to: the first step its outgoing flows reach (the
 * follow-up timer belongs to the follow-up). Sub-processes belong to no step of their own; the elements inside do.
 */
public final class ModelSteps {

    /** Name of the BPMN extension property that tells which of the seven steps an element belongs to. */
    public static final String PROPERTY = "step";

    private final Map<String, Step> steps;

    private ModelSteps(Map<String, Step> steps) {
        this.steps = steps;
    }

    public static ModelSteps of(BpmnModelInstance model) {
        Map<String, Step> steps = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (isWaitState(node)) {
                stepOf(node).ifPresent(step -> steps.put(node.getId(), step));
            }
        }
        return new ModelSteps(Map.copyOf(steps));
    }

    /** The step of a wait state, by its element id; empty for elements of no step. */
    public Optional<Step> of(String elementId) {
        return Optional.ofNullable(steps.get(elementId));
    }

    /** Every wait state with its step. */
    public Map<String, Step> all() {
        return steps;
    }

    /** Where a case can be found: activities (not the sub-processes around them) and catch events, not gateways. */
    private static boolean isWaitState(FlowNode node) {
        return node instanceof Activity && !(node instanceof SubProcess) || node instanceof IntermediateCatchEvent;
    }

    /** The element's own step, else the first step reached along its outgoing flows. */
    private static Optional<Step> stepOf(FlowNode node) {
        Optional<Step> own = declared(node);
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
            Optional<Step> step = declared(candidate);
            if (step.isPresent()) {
                return step;
            }
            candidate.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
        }
        return Optional.empty();
    }

    /** The step the element itself declares. */
    static Optional<Step> declared(BaseElement element) {
        return Optional.ofNullable(property(element, PROPERTY)).map(Step::valueOf);
    }

    /** The element's extension property of this name ({@code camunda:property}); {@code null} without one. */
    static String property(BaseElement element, String name) {
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
