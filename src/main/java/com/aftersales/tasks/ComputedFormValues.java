package com.aftersales.tasks;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Gives a Camunda Form the values it names that the {@link FormValueProvider}s compute, as form fields of the
 * task's (or start event's) form data: the engine hands them to Tasklist with the form's variables
 * ({@code GET …/form-variables}), a process variable of the same name wins, and nothing is written to the case.
 * Installed on every user task and start event at parse time ({@link TaskListeners}).
 */
@Component
class ComputedFormValues {

    private final DeployedForms forms;
    private final List<FormValueProvider> providers;

    ComputedFormValues(DeployedForms forms, List<FormValueProvider> providers) {
        this.forms = forms;
        this.providers = List.copyOf(providers);
    }

    TaskFormHandler around(TaskFormHandler handler) {
        return new TaskFormHandler() {
            @Override
            public TaskFormData createTaskForm(TaskEntity task) {
                TaskFormData data = handler.createTaskForm(task);
                addValues(data, data.getCamundaFormRef(), task.getProcessDefinition().getDeploymentId(), task);
                return data;
            }

            @Override
            public void parseConfiguration(Element element, DeploymentEntity deployment,
                                           ProcessDefinitionEntity definition, BpmnParse parse) {
                handler.parseConfiguration(element, deployment, definition, parse);
            }

            @Override
            public void submitFormVariables(VariableMap properties, VariableScope scope) {
                handler.submitFormVariables(properties, scope);
            }
        };
    }

    StartFormHandler around(StartFormHandler handler) {
        return new StartFormHandler() {
            @Override
            public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
                StartFormData data = handler.createStartFormData(definition);
                addValues(data, data.getCamundaFormRef(), definition.getDeploymentId(), null);
                return data;
            }

            @Override
            public void parseConfiguration(Element element, DeploymentEntity deployment,
                                           ProcessDefinitionEntity definition, BpmnParse parse) {
                handler.parseConfiguration(element, deployment, definition, parse);
            }

            @Override
            public void submitFormVariables(VariableMap properties, VariableScope scope) {
                handler.submitFormVariables(properties, scope);
            }
        };
    }

    private void addValues(FormData data, CamundaFormRef formRef, String deploymentId, VariableScope scope) {
        if (formRef == null || !(data instanceof FormDataImpl formData)) {
            return;
        }
        FormSchema form = forms.form(Context.getProcessEngineConfiguration().getRepositoryService(), deploymentId,
                formRef.getKey());
        if (form == null) {
            return;
        }
        List<FormField> fields = formData.getFormFields();
        for (String name : form.references()) {
            if (scope != null && scope.hasVariable(name)) {
                continue;
            }
            providers.stream().map(provider -> provider.value(name, scope)).flatMap(Optional::stream).findFirst()
                    .ifPresent(value -> fields.add(field(name, value)));
        }
    }

    private static FormField field(String name, Object value) {
        FormFieldImpl field = new FormFieldImpl();
        field.setId(name);
        field.setLabel(name);
        field.setType(new StringFormType());
        field.setValue(Variables.untypedValue(value));
        field.setDefaultValue(value);
        return field;
    }
}
