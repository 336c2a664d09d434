package com.aftersales.timeline;

import com.aftersales.routing.AgentAvailability;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist plugin's resource needs of the application. Tasklist creates its plugin resources itself,
 * outside Spring, for an engine it names; so each application registers these under its engine's name, and a
 * resource finds the ones of the engine it serves (tests run several applications in one JVM).
 */
@Component
class TasklistBeans {

    private static final Map<String, TasklistBeans> BY_ENGINE = new ConcurrentHashMap<>();

    final CaseTimelines timelines;
    final AgentAvailability availability;
    private final String engineName;

    TasklistBeans(CaseTimelines timelines, AgentAvailability availability, ProcessEngine engine) {
        this.timelines = timelines;
        this.availability = availability;
        this.engineName = engine.getName();
        BY_ENGINE.put(engineName, this);
    }

    @PreDestroy
    void unregister() {
        BY_ENGINE.remove(engineName, this);
    }

    static TasklistBeans of(String engineName) {
        TasklistBeans beans = BY_ENGINE.get(engineName);
        if (beans == null) {
            throw new IllegalStateException("no application serves the engine " + engineName);
        }
        return beans;
    }
}
