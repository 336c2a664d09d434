package com.aftersales.tasks;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Whoever takes an agents' task of a case (or review case) becomes its agent: its later tasks go to
 * them, and so do the buyer's next cases (one buyer, one agent).
 */
@Component
public class CaseAgentTracker implements TaskListener {

    private final CaseRepository cases;

    public CaseAgentTracker(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || !isAgentsTask(task) || assignee.equals(task.getVariable(Var.CASE_AGENT))) {
            return;
        }
        task.setVariable(Var.CASE_AGENT, assignee);
        cases.assignAgent(task.getExecution().getProcessBusinessKey(), assignee);
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
