package com.aftersales.notification;

import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Audience;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A staff task passed its service level (a timeout task listener in the model, {@code ${deadlines.…}}): the one
 * who works it (or, while nobody has claimed it, its group) is reminded, the team leads are told — the managers when
 * the task is the team leads' own — and the task rises to the top of the lists.
 */
@Component("taskOverdue")
class TaskOverdueListener implements TaskListener {

    /** Camunda's default task priority is 50; overdue work sorts above everything else. */
    static final int OVERDUE_PRIORITY = 90;

    private final Notifier notifier;

    TaskOverdueListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = task.getExecution().getProcessBusinessKey();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        Map<String, Object> values = Map.of("caseId", caseId, "task", task.getName(),
                "who", task.getAssignee() != null ? task.getAssignee() : String.join(", ", groups));
        if (task.getAssignee() != null) {
            notifier.send(caseId, audienceOf(groups), task.getAssignee(), Phrase.TASK_OVERDUE, values);
        } else {
            groups.forEach(group -> notifier.send(caseId, audienceOf(List.of(group)), group, Phrase.TASK_OVERDUE, values));
        }
        if (groups.contains(Groups.TEAM_LEADS)) {
            notifier.send(caseId, Audience.MANAGERS, Groups.MANAGERS, Phrase.TASK_OVERDUE_LEAD, values);
        } else {
            notifier.send(caseId, Audience.TEAM_LEADS, Groups.TEAM_LEADS, Phrase.TASK_OVERDUE_LEAD, values);
        }
        task.setPriority(OVERDUE_PRIORITY);
    }

    private static Audience audienceOf(List<String> groups) {
        if (groups.contains(Groups.WAREHOUSE)) {
            return Audience.WAREHOUSE;
        }
        if (groups.contains(Groups.TEAM_LEADS)) {
            return Audience.TEAM_LEADS;
        }
        return Audience.AGENT;
    }
}
