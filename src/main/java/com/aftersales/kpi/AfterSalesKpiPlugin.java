package com.aftersales.kpi;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "After-sales" (registered in {@code META-INF/services}): the KPI queries
 * ({@code queries/kpi.xml}), their REST resource under {@code /camunda/api/cockpit/plugin/after-sales-kpi/},
 * and the front end {@code plugin-webapp/after-sales-kpi/app/plugin.js} (dashboard, definition tab, diagram overlay).
 */
public class AfterSalesKpiPlugin extends AbstractCockpitPlugin {

    public static final String ID = "after-sales-kpi";
    public static final String MAPPING = "com/aftersales/kpi/queries/kpi.xml";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(KpiRootResource.class);
    }

    @Override
    public List<String> getMappingFiles() {
        return List.of(MAPPING);
    }
}
