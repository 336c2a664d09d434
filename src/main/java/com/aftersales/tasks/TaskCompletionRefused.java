package com.aftersales.tasks;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A task completion refused by the server-side checks; the completion is rolled back. */
public class TaskCompletionRefused extends ProcessEngineException {

    private final List<String> problems;

    public TaskCompletionRefused(String taskName, List<String> problems) {
        super("'" + taskName + "' cannot be completed: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
