package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The promised look-up time passed (查询时间不得超出承诺): remind the agent, tell the team leads, and
 * raise the case's open tasks to the top of the agent's list.
 */
@Component("lookupOverdueReminder")
class LookupOverdueReminder implements JavaDelegate {

    /** Camunda's default task priority is 50; overdue look-ups sort above everything else. */
    static final int OVERDUE_PRIORITY = 90;

    private final Notifier notifier;
    private final CaseFacts facts;

    LookupOverdueReminder(Notifier notifier, CaseFacts facts) {
        this.notifier = notifier;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        Map<String, Object> values = facts.of(execution);
        String agent = (String) values.get("agent");
        notifier.send(caseId, Audience.AGENT, NotifyStaffDelegate.recipient(Audience.AGENT, agent),
                Phrase.LOOKUP_OVERDUE_AGENT, values);
        notifier.send(caseId, Audience.TEAM_LEADS, NotifyStaffDelegate.recipient(Audience.TEAM_LEADS, agent),
                Phrase.LOOKUP_OVERDUE_LEAD, values);

        var taskService = execution.getProcessEngineServices().getTaskService();
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list()) {
            taskService.setPriority(task.getId(), OVERDUE_PRIORITY);
        }
    }
}
