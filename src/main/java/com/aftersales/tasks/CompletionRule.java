package com.aftersales.tasks;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** A check beyond what the task's form declares, run on the server whenever the task is completed. */
public interface CompletionRule {

    /** The user tasks (their ids in the models) this rule checks. */
    java.util.Set<String> taskDefinitionKeys();

    /** Adds a message for each problem, starting with the field it concerns. */
    void check(DelegateTask task, List<String> problems);
}
