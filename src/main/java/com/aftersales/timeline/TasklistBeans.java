package com.aftersales.timeline;

import com.aftersales.routing.AgentAvailability;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist plugin's resource needs of the application. Tasklist creates its plugin resources itself,
 * outside Spring, so they find these through {@link #current()}: the application context sets it when it starts
 * (one application per JVM serves the web apps).
 */
@Component
class TasklistBeans {

    private static volatile TasklistBeans current;

    final CaseTimelines timelines;
    final AgentAvailability availability;

    TasklistBeans(CaseTimelines timelines, AgentAvailability availability) {
        this.timelines = timelines;
        this.availability = availability;
        current = this;
    }

    static TasklistBeans current() {
        TasklistBeans beans = current;
        if (beans == null) {
            throw new IllegalStateException("the application has not started");
        }
        return beans;
    }
}
