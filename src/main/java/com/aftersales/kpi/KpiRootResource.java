package com.aftersales.kpi;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/after-sales-kpi/{engine}/…}; the web apps' session authenticates the user. */
@Path("plugin/" + AfterSalesKpiPlugin.ID)
public class KpiRootResource extends AbstractCockpitPluginRootResource {

    public KpiRootResource() {
        super(AfterSalesKpiPlugin.ID);
    }

    @Path("{engineName}")
    public KpiResource kpis(@PathParam("engineName") String engineName) {
        return subResource(new KpiResource(engineName), engineName);
    }
}
