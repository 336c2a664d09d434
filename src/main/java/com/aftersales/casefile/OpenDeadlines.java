package com.aftersales.casefile;

import com.aftersales.process.DeadlineNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Map<String, String>> deadlinesByDefinition = new ConcurrentHashMap<>();

    public OpenDeadlines(RuntimeService runtime, RepositoryService repository, ManagementService management,
                         DeadlineNames names) {
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.names = names;
    }

    public List<CaseView.OpenDeadline> of(ProcessInstance instance) {
        List<CaseView.OpenDeadline> deadlines = new ArrayList<>();
        if (instance.getId().equals(instance.getRootProcessInstanceId())) {
            // the timers of the instance and of every instance it called carry it as their root: one query
            for (Job job : management.createJobQuery().rootProcessInstanceId(instance.getId()).timers().list()) {
                deadlines.add(new CaseView.OpenDeadline(deadlineOf(job.getProcessDefinitionId(), job),
                        job.getDuedate().toInstant()));
            }
        } else {
            collect(instance, deadlines);
        }
        deadlines.sort(Comparator.comparing(CaseView.OpenDeadline::dueAt));
        return deadlines;
    }

    private void collect(ProcessInstance instance, List<CaseView.OpenDeadline> deadlines) {
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            deadlines.add(new CaseView.OpenDeadline(deadlineOf(instance.getProcessDefinitionId(), job),
                    job.getDuedate().toInstant()));
        }
        runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
                .forEach(called -> collect(called, deadlines));
    }

    private String deadlineOf(String processDefinitionId, Job timer) {
        String name = deadlinesOf(processDefinitionId).get(timer.getJobDefinitionId());
        if (name == null) {
            // not among the definitions seen before (none is added to a deployed definition, but ask once more)
            deadlinesByDefinition.remove(processDefinitionId);
            name = deadlinesOf(processDefinitionId).get(timer.getJobDefinitionId());
        }
        return name;
    }

    /**
     * The deadline each timer of a process definition reads, by its job definition: fixed once the definition is
     * deployed, so looked up (model and job definitions) once per definition instead of for every case view.
     */
    private Map<String, String> deadlinesOf(String processDefinitionId) {
        return deadlinesByDefinition.computeIfAbsent(processDefinitionId, id -> {
            BpmnModelInstance model = repository.getBpmnModelInstance(id);
            Map<String, String> deadlineOfJobDefinition = new HashMap<>();
            management.createJobDefinitionQuery().processDefinitionId(id).list().stream()
                    .filter(definition -> definition.getJobType().startsWith("timer"))
                    .forEach(definition -> deadlineOfJobDefinition.put(definition.getId(),
                            names.nameOf(model.getModelElementById(definition.getActivityId()))));
            return Map.copyOf(deadlineOfJobDefinition);
        });
    }
}
