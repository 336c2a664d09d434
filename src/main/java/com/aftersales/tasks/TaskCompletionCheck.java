package com.aftersales.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Camunda Forms validate only in the browser; the engine takes any variables. On every completion
 * this checks the variables against the task's deployed form and the task's {@link CompletionRule}s.
 * A refusal throws, so the completion rolls back and the case stays where it was; engine REST
 * answers it with 400 and the problems (web.EngineRestErrors).
 */
@Component
public class TaskCompletionCheck implements TaskListener {

    private final DeployedForms forms;
    private final Map<String, List<CompletionRule>> rules;

    TaskCompletionCheck(List<CompletionRule> rules, DeployedForms forms) {
        this.forms = forms;
        this.rules = rules.stream()
                .flatMap(rule -> rule.taskDefinitionKeys().stream().map(key -> Map.entry(key, rule)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        FormSchema form = formOf(task);
        if (form != null) {
            for (FormSchema.Field field : form.fields()) {
                FormFieldCheck.check(field, task.getVariable(field.key()), problems);
            }
        }
        if (problems.isEmpty()) {
            rules.getOrDefault(task.getTaskDefinitionKey(), List.of()).forEach(rule -> rule.check(task, problems));
        }
        if (!problems.isEmpty()) {
            throw new TaskCompletionRefused(task.getName(), problems, RefusalNotice.of(problems, form));
        }
        if (form != null) {
            keepExact(form, task);
        }
    }

    /**
     * A number field that submits exact text keeps its value as exact text, whoever completed the task: engine-REST
     * clients may send a JSON number, which the engine would keep as a {@code Double}.
     */
    private static void keepExact(FormSchema form, DelegateTask task) {
        for (FormSchema.Field field : form.fields()) {
            Object value = task.getVariable(field.key());
            if (field.exactText() && value instanceof Number) {
                task.setVariable(field.key(), FormFieldCheck.decimal(value).toPlainString());
            }
        }
    }

    private FormSchema formOf(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        if (userTask == null || userTask.getCamundaFormRef() == null) {
            return null;
        }
        String deploymentId = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getDeploymentId();
        FormSchema form = forms.form(task.getProcessEngineServices().getRepositoryService(), deploymentId,
                userTask.getCamundaFormRef());
        if (form == null) {
            throw new IllegalStateException("form '" + userTask.getCamundaFormRef() + "' is not in deployment " + deploymentId);
        }
        return form;
    }
}
