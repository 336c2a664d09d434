package com.aftersales.casefile;

import com.aftersales.process.DeadlineNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The deadlines a process instance waits on now: its pending timers, and those of the instances it
 * called (a case's dispute), each named after the deadline its timer reads ({@link DeadlineNames}).
 */
@Component
public class OpenDeadlines {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final DeadlineNames names;

    public OpenDeadlines(RuntimeService runtime, RepositoryService repository, ManagementService management,
                         DeadlineNames names) {
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.names = names;
    }

    public List<CaseView.OpenDeadline> of(ProcessInstance instance) {
        List<CaseView.OpenDeadline> deadlines = new ArrayList<>();
        collect(instance, deadlines);
        deadlines.sort(Comparator.comparing(CaseView.OpenDeadline::dueAt));
        return deadlines;
    }

    private void collect(ProcessInstance instance, List<CaseView.OpenDeadline> deadlines) {
        List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list();
        if (!timers.isEmpty()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
            Map<String, String> activityOfJobDefinition = new HashMap<>();
            management.createJobDefinitionQuery().processDefinitionId(instance.getProcessDefinitionId()).list()
                    .forEach(definition -> activityOfJobDefinition.put(definition.getId(), definition.getActivityId()));
            for (Job job : timers) {
                String activityId = activityOfJobDefinition.get(job.getJobDefinitionId());
                deadlines.add(new CaseView.OpenDeadline(
                        names.nameOf(model.getModelElementById(activityId)), job.getDuedate().toInstant()));
            }
        }
        runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
                .forEach(called -> collect(called, deadlines));
    }
}
