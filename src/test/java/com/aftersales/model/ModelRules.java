package com.aftersales.model;

import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.CodedVariables;
import com.aftersales.process.Variable;
import com.aftersales.vocabulary.Step;
import com.aftersales.security.Groups;
import com.aftersales.tasks.FormSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The rules every model in processes/ follows. Returns one message per broken rule, naming the
 * element, so a failing test says what to fix.
 */
final class ModelRules {

    /** Fields the contract fixes for a step's form (CONTRACT.md, "Task form fields"), by user task id. */
    static final Map<String, List<String>> CONTRACT_FIELDS = Map.of(
            "user_verify_order", List.of("orderVerified"),
            "user_confirm_problem", List.of("issueType", "evidenceProvided"),
            "user_propose_resolution", List.of("resolution", "refundAmount", "compensationAmount"),
            "user_negotiate", List.of("customerDecision"),
            "user_inspect_return", List.of("returnCondition"),
            "user_follow_up", List.of("satisfied", "satisfactionScore"),
            "user_dispute_attempt", List.of("buyerWithdrew"),
            "user_dispute_evidence", List.of("evidenceSubmitted"));

    /** A code compared in a condition: {@code customerDecision == 'ACCEPTED'}. */
    private static final Pattern CODE_COMPARISON = Pattern.compile("(\\w+)\\s*[!=]=\\s*'(\\w+)'");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
    private static final Pattern DUE_DATE = Pattern.compile("^\\$\\{deadlines\\.([A-Za-z][A-Za-z0-9]*)}$");
    private static final Pattern DEADLINE_EXPRESSION = Pattern.compile("^\\$\\{deadlines\\.([A-Za-z][A-Za-z0-9]*)}$");
    private static final Pattern MODELER_DEFAULT_ID = Pattern.compile(
            "^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|ServiceTask|UserTask|SequenceFlow|"
                    + "ExclusiveGateway|BoundaryEvent|IntermediateThrowEvent|IntermediateCatchEvent|Process)_[0-9A-Za-z]+$");

    private final Map<String, FormSchema> forms;
    private final Set<String> beans;
    private final Set<String> deadlines;

    ModelRules(Map<String, FormSchema> forms, Set<String> beans, Set<String> deadlines) {
        this.forms = forms;
        this.beans = beans;
        this.deadlines = deadlines;
    }

    List<String> check(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(process.getId() + ": no history time to live");
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (MODELER_DEFAULT_ID.matcher(element.getId()).matches()) {
                problems.add(element.getId() + ": modeler default id; give it a meaningful one");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(task, problems);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null && !forms.containsKey(start.getCamundaFormRef())) {
                problems.add(start.getId() + ": form '" + start.getCamundaFormRef() + "' is not in forms/");
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            checkTimer(timer, problems);
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaClass() != null) {
                problems.add(task.getId() + ": camunda:class; wire a Spring bean by delegateExpression");
            }
            checkBean(task.getId(), task.getCamundaDelegateExpression(), problems);
            if (task.getCamundaDelegateExpression() == null && task.getCamundaExpression() == null
                    && task.getCamundaType() == null) {
                problems.add(task.getId() + ": no implementation");
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            if (listener.getCamundaClass() != null) {
                problems.add("execution listener: camunda:class " + listener.getCamundaClass());
            }
            checkBean("execution listener", listener.getCamundaDelegateExpression(), problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkBean("task listener", listener.getCamundaDelegateExpression(), problems);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                checkCodes(flow.getId(), flow.getConditionExpression().getTextContent(), problems);
            }
        }
        for (CamundaProperty setting : model.getModelElementsByType(CamundaProperty.class)) {
            checkSetting(setting, problems);
        }
        return problems;
    }

    private void checkUserTask(UserTask task, List<String> problems) {
        String id = task.getId();
        if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
            problems.add(id + ": no candidate group");
        } else {
            for (String group : task.getCamundaCandidateGroupsList()) {
                if (!Groups.ALL.contains(group.trim())) {
                    problems.add(id + ": candidate group '" + group + "' is not one of the contract's groups");
                }
            }
        }
        Matcher due = task.getCamundaDueDate() == null ? null : DUE_DATE.matcher(task.getCamundaDueDate().trim());
        if (due == null || !due.matches()) {
            problems.add(id + ": no due date ${deadlines.<name>} from configuration");
        } else if (!deadlines.contains(due.group(1))) {
            problems.add(id + ": due date names deadline '" + due.group(1) + "', which is not configured");
        }
        if (task.getCamundaFormRef() == null) {
            problems.add(id + ": no camunda:formRef");
            return;
        }
        if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            problems.add(id + ": formRefBinding must be 'deployment'");
        }
        FormSchema form = forms.get(task.getCamundaFormRef());
        if (form == null) {
            problems.add(id + ": form '" + task.getCamundaFormRef() + "' is not in forms/");
            return;
        }
        for (String key : CONTRACT_FIELDS.getOrDefault(id, List.of())) {
            if (form.field(key) == null) {
                problems.add(id + ": form '" + form.id() + "' lacks the contract field '" + key + "'");
            }
        }
        if (task.getParentElement() != null && isCase(task) && stepOf(task) == null) {
            problems.add(id + ": no 'step' property naming one of " + Arrays.toString(Step.values()));
        }
    }

    private void checkTimer(TimerEventDefinition timer, List<String> problems) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = timer.getParentElement();
        String owner = parent instanceof BaseElement element ? element.getId()
                : "task listener " + parent.getAttributeValue("id");
        String expression = timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
                : timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                : timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent() : null;
        Matcher deadline = expression == null ? null : DEADLINE_EXPRESSION.matcher(expression.trim());
        if (deadline == null || !deadline.matches()) {
            problems.add(owner + ": timer '" + expression + "' is not ${deadlines.<name>} from configuration");
        } else if (!deadlines.contains(deadline.group(1))) {
            problems.add(owner + ": timer names deadline '" + deadline.group(1) + "', which is not configured");
        }
    }

    /** Codes compared with a coded variable in a condition must be codes of its vocabulary. */
    private static void checkCodes(String owner, String condition, List<String> problems) {
        Matcher comparison = CODE_COMPARISON.matcher(condition);
        while (comparison.find()) {
            Variable<?> variable = CodedVariables.byName().get(comparison.group(1));
            if (variable != null && Arrays.stream(variable.codes().getEnumConstants())
                    .noneMatch(code -> ((Enum<?>) code).name().equals(comparison.group(2)))) {
                problems.add(owner + ": '" + comparison.group(2) + "' is not a code of " + comparison.group(1) + " "
                        + Arrays.toString(variable.codes().getEnumConstants()));
            }
        }
    }

    /** A step's setting naming a code (an outcome, a phrase) must name one that exists. */
    private static void checkSetting(CamundaProperty setting, List<String> problems) {
        String value = setting.getCamundaValue() == null ? "" : setting.getCamundaValue().trim();
        if (value.startsWith("$") || value.startsWith("#")) {
            return;
        }
        Class<?> codes = setting.getCamundaName().equals(AfterSalesCase.Var.PHRASE.name()) ? Phrase.class
                : CodedVariables.byName().containsKey(setting.getCamundaName())
                ? CodedVariables.byName().get(setting.getCamundaName()).codes() : null;
        if (codes != null && Arrays.stream(codes.getEnumConstants()).noneMatch(code -> ((Enum<?>) code).name().equals(value))) {
            problems.add(((BaseElement) setting.getParentElement().getParentElement().getParentElement()).getId() + ": "
                    + setting.getCamundaName() + " '" + value + "' is not one of " + Arrays.toString(codes.getEnumConstants()));
        }
    }

    private void checkBean(String owner, String delegateExpression, List<String> problems) {
        if (delegateExpression == null) {
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression.trim());
        if (!bean.matches()) {
            problems.add(owner + ": delegateExpression '" + delegateExpression + "' is not ${beanName}");
        } else if (!beans.contains(bean.group(1))) {
            problems.add(owner + ": delegateExpression names bean '" + bean.group(1) + "', which does not exist");
        }
    }

    private static boolean isCase(UserTask task) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return parent != null && "after-sales-case".equals(((Process) parent).getId());
    }

    private static String stepOf(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        Collection<CamundaProperty> properties = element.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream()).toList();
        return properties.stream().filter(p -> "step".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .filter(value -> Arrays.stream(Step.values()).anyMatch(step -> step.name().equals(value)))
                .findFirst().orElse(null);
    }
}
