package com.aftersales.casefile;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's open tasks that a user may see, without scanning everyone's tasks. Camunda's business-key task query
 * with authorization checks joins every authorization row of the user's groups before it narrows to the case: its
 * cost grows with the number of open tasks (H2 and PostgreSQL). Here the case's process instances come from the
 * business key alone (an index), and their tasks by process instance id, with the user's authorizations checked by
 * the engine as on engine REST: the cost stays that of one case.
 */
@Service
public class CaseTasks {

    /** An open task of the case as its user sees it. */
    public record OpenTask(String id, String name, String taskDefinitionKey, String processInstanceId, String assignee,
                           Instant created, Instant due, int priority) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CaseRepository cases;

    public CaseTasks(RuntimeService runtime, TaskService tasks, IdentityService identity, CaseRepository cases) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.cases = cases;
    }

    /**
     * Oldest first, an empty list when the case has no open task this user may see; empty for an unknown case. A
     * running instance of the case's processes says the case exists: the case file is read only when none runs.
     */
    @Transactional // the instances and their tasks on one connection, one commit
    public Optional<List<OpenTask>> openTasksOf(String caseId, String user, List<String> groups) {
        // only the case's own processes: another business key (a review's) is no case, whatever runs under it
        String[] instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKeyIn(AfterSalesCase.PROCESS_KEY, DisputeEscalation.PROCESS_KEY).list().stream()
                .map(ProcessInstance::getId).toArray(String[]::new);
        if (instances.length == 0) {
            return cases.find(caseId).map(known -> List.of());
        }
        identity.setAuthentication(user, groups);
        try {
            return Optional.of(tasks.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc()
                    .list().stream()
                    .map(task -> new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                            task.getProcessInstanceId(), task.getAssignee(), instant(task.getCreateTime()),
                            instant(task.getDueDate()), task.getPriority()))
                    .toList());
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
