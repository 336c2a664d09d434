package com.aftersales.timeline;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** {@code /camunda/api/tasklist/plugin/after-sales-case/{engine}/…}; the web apps' session authenticates the user. */
@Path("plugin/" + CaseTimelinePlugin.ID)
public class TimelineRootResource extends AbstractTasklistPluginRootResource {

    public TimelineRootResource() {
        super(CaseTimelinePlugin.ID);
    }

    @Path("{engineName}")
    public TimelineResource timeline(@PathParam("engineName") String engineName) {
        return subResource(new TimelineResource(engineName), engineName);
    }
}
