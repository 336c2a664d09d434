package com.aftersales.timeline;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin "Case 案件" (registered in {@code META-INF/services}), built like the Cockpit plugin: its
 * resource under {@code /camunda/api/tasklist/plugin/after-sales-case/} and the front end
 * {@code plugin-webapp/after-sales-case/app/plugin.js} (a task detail tab with the case's timeline and the agent's
 * own availability).
 */
public class CaseTimelinePlugin extends AbstractTasklistPlugin {

    public static final String ID = "after-sales-case";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(TimelineRootResource.class);
    }
}
