package com.aftersales.kpi;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/after-sales-kpi/{engine}/…}; the web apps' session authenticates the user. */
@Path("plugin/" + AfterSalesKpiPlugin.ID)
public class KpiRootResource extends AbstractCockpitPluginRootResource {

    public KpiRootResource() {
        super(AfterSalesKpiPlugin.ID);
    }

    /** Besides plugin.js and plugin.css, the charting library bundled with the plugin (app/vendor/). */
    @Override
    protected List<String> getAllowedAssets() {
        List<String> assets = new ArrayList<>(super.getAllowedAssets());
        assets.addAll(List.of("app/vendor/uPlot.esm.js", "app/vendor/uPlot.min.css"));
        return assets;
    }

    @Path("{engineName}")
    public KpiResource kpis(@PathParam("engineName") String engineName) {
        return subResource(new KpiResource(engineName), engineName);
    }
}
