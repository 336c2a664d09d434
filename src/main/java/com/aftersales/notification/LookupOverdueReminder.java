package com.aftersales.notification;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The promised look-up time passed (查询不超过10分钟): remind the agent, tell the team leads, and
 * raise the case's open tasks to the top of the agent's list.
 */
@Component("lookupOverdueReminder")
class LookupOverdueReminder implements JavaDelegate {

    /** Camunda's default task priority is 50; overdue look-ups sort above everything else. */
    static final int OVERDUE_PRIORITY = 90;

    private final Notifier notifier;

    LookupOverdueReminder(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        String agent = (String) execution.getVariable(Var.CASE_AGENT);
        Map<String, String> values = Map.of("caseId", caseId, "agent", agent == null ? Groups.AGENTS : agent);
        notifier.send(caseId, Audience.AGENT, agent == null ? Groups.AGENTS : agent, Phrase.LOOKUP_OVERDUE_AGENT, values);
        notifier.send(caseId, Audience.TEAM_LEAD, Groups.TEAM_LEADS, Phrase.LOOKUP_OVERDUE_LEAD, values);

        var taskService = execution.getProcessEngineServices().getTaskService();
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list()) {
            taskService.setPriority(task.getId(), OVERDUE_PRIORITY);
        }
    }
}
