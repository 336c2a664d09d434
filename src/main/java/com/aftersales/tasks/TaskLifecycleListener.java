package com.aftersales.tasks;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener a feature puts on the user tasks of the processes it names, at parse time, so that no model can
 * forget it (the buyer's-agent tracker, say). {@link TaskListeners} collects every such bean.
 */
public interface TaskLifecycleListener extends TaskListener {

    /** The keys of the processes whose user tasks it listens to. */
    Set<String> processKeys();

    /** The task events it listens to ({@code TaskListener.EVENTNAME_…}). */
    Set<String> events();
}
