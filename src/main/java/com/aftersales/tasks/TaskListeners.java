package com.aftersales.tasks;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.review.ReviewRemediation;
import java.util.ArrayList;
import java.util.Set;
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
 * Puts the server-side completion check on every user task of every model, and agent tracking on
 * the case's tasks, when the models are parsed, so that no model can forget them.
 */
@Component
class TaskListeners extends AbstractProcessEnginePlugin {

    /** Processes whose agents' tasks make their claimer the buyer's agent (one buyer, one agent). */
    static final Set<String> AGENT_TRACKED = Set.of(AfterSalesCase.PROCESS_KEY, ReviewRemediation.PROCESS_KEY);

    private final TaskCompletionCheck completionCheck;
    private final CaseAgentTracker agentTracker;

    TaskListeners(TaskCompletionCheck completionCheck, CaseAgentTracker agentTracker) {
        this.completionCheck = completionCheck;
        this.agentTracker = agentTracker;
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
                if (AGENT_TRACKED.contains(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, agentTracker);
                }
            }
        });
    }
}
