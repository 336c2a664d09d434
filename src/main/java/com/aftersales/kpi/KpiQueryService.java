package com.aftersales.kpi;

import java.util.List;
import org.camunda.bpm.cockpit.impl.db.CommandExecutorImpl;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.webapp.impl.db.QueryServiceImpl;
import org.springframework.stereotype.Service;

/**
 * The KPIs outside Cockpit (the metrics, tests, the benchmark): the same mapped statements run through
 * a query service built the way Cockpit builds its own, from the engine's configuration and the
 * plugin's mapping file. Built on first use, since it parses the engine's mappings once more.
 */
@Service
public class KpiQueryService {

    private final ProcessEngine engine;
    private final KpiVocabulary vocabulary;
    private volatile Kpis kpis;

    public KpiQueryService(ProcessEngine engine, KpiVocabulary vocabulary) {
        this.engine = engine;
        this.vocabulary = vocabulary;
    }

    public Kpis kpis() {
        Kpis built = kpis;
        if (built == null) {
            synchronized (this) {
                if (kpis == null) {
                    ProcessEngineConfigurationImpl configuration =
                            (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
                    kpis = new Kpis(new QueryServiceImpl(new CommandExecutorImpl(configuration,
                            List.of(AfterSalesKpiPlugin.MAPPING))), engine, vocabulary);
                }
                built = kpis;
            }
        }
        return built;
    }
}
