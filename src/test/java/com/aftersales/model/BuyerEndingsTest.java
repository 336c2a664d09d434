package com.aftersales.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.notification.TellsTheBuyer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No case ends in silence. Walks every end event of every model; where reaching it ends what the buyer sees (the
 * process, or a sub-process that is the last thing before the process ends), every path back to it passes a step
 * that {@link TellsTheBuyer} before it meets a step that waits (a user task, a message, a timer) or the start.
 * Side paths a non-interrupting event starts (reminders to staff) end nothing and are left out; so are
 * escalation and error ends, which hand the case over; a call activity or an embedded sub-process is covered by its
 * own endings, which this test walks too.
 */
class BuyerEndingsTest {

    /** Models whose endings the buyer does not see, and why. */
    private static final Map<String, String> NOT_THE_BUYERS = Map.of(
            "review-remediation", "the buyer opened nothing: it is the shop's own work on a public review, and the "
                    + "buyer hears from it in the revision request and the public reply; platform rules forbid "
                    + "pestering a reviewer further");

    private static Map<String, Class<?>> beans;

    @BeforeAll
    static void findTheBeans() {
        beans = ApplicationBeans.byName();
    }

    @Test
    void everyEndingABuyerCanSeeSendsTheBuyerAMessage() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Path file : ModelValidationTest.models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (NOT_THE_BUYERS.containsKey(process.getId())) {
                    continue;
                }
                for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
                    if (processOf(end) != process || !isEnding(end)) {
                        continue;
                    }
                    List<String> untold = untoldPaths(end);
                    if (untold == null) {
                        continue; // only side paths lead here
                    }
                    checked.add(process.getId() + "/" + end.getId());
                    untold.forEach(from -> silent.add(process.getId() + "/" + end.getId() + " reached from " + from
                            + " without a word to the buyer"));
                }
            }
        }
        assertThat(silent).isEmpty();
        // the walk found the endings the domain knows: closing as not eligible, the dispute's verdicts, ...
        assertThat(checked).contains("after-sales-case/end_not_eligible", "after-sales-case/end_return_rejected",
                "after-sales-case/end_return_not_shipped", "after-sales-case/end_no_response",
                "after-sales-case/end_resolved_without_answer", "after-sales-case/end_withdrawn",
                "after-sales-case/end_resolved", "after-sales-case/end_dispute_closed",
                "dispute-escalation/end_seller_liable", "dispute-escalation/end_buyer_liable",
                "dispute-escalation/end_withdrawn")
                .doesNotContain("dispute-escalation/end_verdict_reminded", "after-sales-case/end_lookup_confirmed");
    }

    @Test
    void aClosingWithoutAPhraseIsFound() {
        BpmnModelInstance silentClosing = Bpmn.createExecutableProcess("silent").startEvent("start_silent")
                .userTask("user_decide").serviceTask("service_close").camundaDelegateExpression("${closeCase}")
                .endEvent("end_closed").done();
        EndEvent end = silentClosing.getModelElementById("end_closed");
        assertThat(isEnding(end)).isTrue();
        assertThat(untoldPaths(end)).containsExactly("user_decide");
    }

    private static ModelElementInstance processOf(ModelElementInstance element) {
        ModelElementInstance scope = element.getParentElement();
        while (!(scope instanceof Process)) {
            scope = scope.getParentElement();
        }
        return scope;
    }

    /** Reaching this end event ends the process: it is not a hand-over, and its scope is the last thing that runs. */
    private static boolean isEnding(EndEvent end) {
        if (!end.getChildElementsByType(EscalationEventDefinition.class).isEmpty()
                || !end.getChildElementsByType(ErrorEventDefinition.class).isEmpty()) {
            return false;
        }
        ModelElementInstance scope = end.getParentElement();
        while (scope instanceof SubProcess subProcess) {
            if (subProcess.triggeredByEvent()) {
                boolean interrupting = subProcess.getChildElementsByType(StartEvent.class).stream()
                        .allMatch(StartEvent::isInterrupting);
                if (!interrupting) {
                    return false;
                }
            } else if (subProcess.getOutgoing().isEmpty() || !subProcess.getOutgoing().stream()
                    .allMatch(flow -> flow.getTarget() instanceof EndEvent next && isEnding(next))) {
                return false;
            }
            scope = subProcess.getParentElement();
        }
        return true;
    }

    /**
     * The waiting steps (or starts) from which a path reaches this end without passing a step that tells the buyer;
     * {@code null} when only side paths of non-interrupting events lead here.
     */
    private static List<String> untoldPaths(EndEvent end) {
        List<String> untold = new ArrayList<>();
        boolean mainPath = walkBack(end, new HashSet<>(), untold);
        return mainPath ? untold : null;
    }

    /** Whether a path that is not a side path reaches {@code node}; adds where untold paths begin. */
    private static boolean walkBack(FlowNode node, Set<String> seen, List<String> untold) {
        if (!seen.add(node.getId())) {
            return false;
        }
        if (tellsTheBuyer(node) || node instanceof CallActivity
                || node instanceof SubProcess subProcess && !subProcess.triggeredByEvent()) {
            return true;
        }
        if (node instanceof BoundaryEvent boundary) {
            if (!boundary.cancelActivity()) {
                return false;
            }
            untold.add(boundary.getId());
            return true;
        }
        if (node instanceof StartEvent start) {
            if (start.getParentElement() instanceof SubProcess eventSubProcess && eventSubProcess.triggeredByEvent()
                    && !start.isInterrupting()) {
                return false;
            }
            untold.add(start.getId());
            return true;
        }
        if (node.getIncoming().isEmpty() || waits(node)) {
            untold.add(node.getId());
            return true;
        }
        boolean main = false;
        for (SequenceFlow incoming : node.getIncoming()) {
            main |= walkBack(incoming.getSource(), seen, untold);
        }
        return main;
    }

    private static boolean waits(FlowNode node) {
        String type = node.getElementType().getTypeName();
        return type.equals("userTask") || type.equals("receiveTask") || type.equals("intermediateCatchEvent")
                || type.equals("eventBasedGateway");
    }

    private static boolean tellsTheBuyer(FlowNode node) {
        if (!(node instanceof ServiceTask task) || task.getCamundaDelegateExpression() == null) {
            return false;
        }
        String bean = task.getCamundaDelegateExpression().replaceAll("^\\$\\{|}$", "");
        TellsTheBuyer marker = beans.containsKey(bean) ? beans.get(bean).getAnnotation(TellsTheBuyer.class) : null;
        if (marker == null) {
            return false;
        }
        return !marker.whenGivenAPhrase() || task.getExtensionElements() != null && task.getExtensionElements()
                .getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .anyMatch(property -> property.getCamundaName().equals("phrase"));
    }
}
