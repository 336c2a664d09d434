package com.aftersales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history the KPIs read is kept long enough, in full, and cleaned up only at night. */
@AfterSalesTest
class HistoryConfigurationTest {

    @Autowired ProcessEngine engine;

    @Test
    void fullHistoryIsKeptLongerThanTheLongestPeriodAndCleanedUpInTheNightWindow() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // variables (audit), activity instances (activity) and incidents (full) all feed the KPIs
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
        for (String key : Kpis.PROCESS_KEYS) {
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            assertThat(Duration.ofDays(definition.getHistoryTimeToLive())).as(key)
                    .isGreaterThan(Duration.ofDays(30));
        }
    }
}
