package com.aftersales.timeline;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** {@code /camunda/api/tasklist/plugin/after-sales-case/{engine}/…}; the web apps' session authenticates the user. */
@Path("plugin/" + CaseTimelinePlugin.ID)
public class TimelineRootResource extends AbstractTasklistPluginRootResource {

    public TimelineRootResource() {
        super(CaseTimelinePlugin.ID);
    }

    /**
     * Besides plugin.js and plugin.css, the timeline's rendering (app/timeline.js), which Cockpit's After-sales case
     * lookup imports too.
     */
    @Override
    protected List<String> getAllowedAssets() {
        List<String> assets = new ArrayList<>(super.getAllowedAssets());
        assets.add(TIMELINE_SCRIPT);
        return assets;
    }

    static final String TIMELINE_SCRIPT = "app/timeline.js";

    @Path("{engineName}")
    public TimelineResource timeline(@PathParam("engineName") String engineName) {
        return subResource(new TimelineResource(engineName), engineName);
    }
}
