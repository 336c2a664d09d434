package com.aftersales.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the server-side completion check on every user task of every model, and each feature's
 * {@link TaskLifecycleListener} on the user tasks of its processes, when the models are parsed, so that no model
 * can forget them; and the values their forms name that {@link ComputedFormValues} computes.
 */
@Component
class TaskListeners extends AbstractProcessEnginePlugin {

    private final TaskCompletionCheck completionCheck;
    private final List<TaskLifecycleListener> listeners;
    private final ComputedFormValues formValues;

    TaskListeners(TaskCompletionCheck completionCheck, List<TaskLifecycleListener> listeners,
                  ComputedFormValues formValues) {
        this.completionCheck = completionCheck;
        this.listeners = List.copyOf(listeners);
        this.formValues = formValues;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completionCheck);
                task.setTaskFormHandler(formValues.around(task.getTaskFormHandler()));
                String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
                for (TaskLifecycleListener listener : listeners) {
                    if (listener.processKeys().contains(processKey)) {
                        listener.events().forEach(event -> task.addBuiltInTaskListener(event, listener));
                    }
                }
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                if (process.getStartFormHandler() != null) {
                    process.setStartFormHandler(formValues.around(process.getStartFormHandler()));
                }
            }
        });
    }
}
