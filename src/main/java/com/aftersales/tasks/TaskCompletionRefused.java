package com.aftersales.tasks;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A task completion refused by the server-side checks; the completion is rolled back. */
public class TaskCompletionRefused extends ProcessEngineException {

    private final List<String> problems;
    private final String notice;

    public TaskCompletionRefused(String taskName, List<String> problems) {
        this(taskName, problems, RefusalNotice.of(problems, null));
    }

    TaskCompletionRefused(String taskName, List<String> problems, String notice) {
        super("'" + taskName + "' cannot be completed: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.notice = notice;
    }

    /** The problems as the checks write them: {@code field: English}, for engine-REST clients. */
    public List<String> problems() {
        return problems;
    }

    /** What the person at the form reads: Chinese first, the fields by their labels ({@link RefusalNotice}). */
    public String notice() {
        return notice;
    }
}
