package com.aftersales.routing;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import com.aftersales.tasks.TaskLifecycleListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Whoever takes an agents' task of a case (or review case) becomes its agent: its later tasks go to them, and so
 * do the buyer's next cases (one buyer, one agent). Recorded where that kind of case keeps its agent.
 */
@Component
class CaseAgentTracker implements TaskLifecycleListener {

    private final Map<String, AgentRecords> recordsByProcess;

    CaseAgentTracker(List<AgentRecords> records) {
        this.recordsByProcess = records.stream().collect(Collectors.toMap(AgentRecords::processKey, Function.identity()));
    }

    @Override
    public Set<String> processKeys() {
        return recordsByProcess.keySet();
    }

    @Override
    public Set<String> events() {
        return Set.of(TaskListener.EVENTNAME_ASSIGNMENT);
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || !isAgentsTask(task) || assignee.equals(Var.CASE_AGENT.get(task))) {
            return;
        }
        Var.CASE_AGENT.set(task, assignee);
        String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
        recordsByProcess.get(processKey).recordAgent(task.getExecution().getProcessBusinessKey(), assignee);
    }

    private static boolean isAgentsTask(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (Groups.AGENTS.equals(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }
}
