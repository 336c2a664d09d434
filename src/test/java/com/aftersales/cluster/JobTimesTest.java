package com.aftersales.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;

/**
 * aftersales.jobs reaches the job executor, and is the only place for its lock time and longest idle wait; its
 * definition-cache decides whether the engine keeps job definitions.
 */
class JobTimesTest {

    @Test
    void theJobExecutorGetsTheLockTimeAndNeverSleepsLongerThanTheMaxWait() {
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor(); // Camunda's own: 5 min lock, 5 s wait, 60 s max
        JobTimes.apply(new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(10)), jobExecutor);

        assertThat(jobExecutor.getLockTimeInMillis()).isEqualTo(20_000);
        assertThat(jobExecutor.getMaxWait()).isEqualTo(5_000);
        assertThat(jobExecutor.getWaitTimeInMillis()).isEqualTo(5_000);

        JobTimes.apply(new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofSeconds(10)), jobExecutor);
        assertThat(jobExecutor.getWaitTimeInMillis()).as("the first idle wait is not longer than the longest")
                .isEqualTo(2_000);
    }

    @Test
    void camundasOwnLockTimeOrMaxWaitIsRefusedNotSilentlyOverruled() {
        JobExecutionProperty camunda = new JobExecutionProperty();
        JobTimes.refuseCamundasOwn(camunda);

        camunda.setLockTimeInMillis(120_000);
        assertThatThrownBy(() -> JobTimes.refuseCamundasOwn(camunda)).hasMessageContaining("aftersales.jobs.lock-time");
        camunda.setLockTimeInMillis(null);
        camunda.setMaxWait(30_000L);
        assertThatThrownBy(() -> JobTimes.refuseCamundasOwn(camunda)).hasMessageContaining("aftersales.jobs.max-wait");
    }

    @Test
    void timesThatAreNotPositiveAreRefused() {
        assertThatThrownBy(() -> new JobProperties(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10))).hasMessageContaining("lock-time");
        assertThatThrownBy(() -> new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(-1), Duration.ofSeconds(10)))
                .hasMessageContaining("max-wait");
        assertThatThrownBy(() -> new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(-1)))
                .hasMessageContaining("definition-cache");
    }

    @Test
    void jobDefinitionsAreKeptUnlessTheLifetimeIsZero() {
        ProcessEngineConfigurationImpl kept = new StandaloneInMemProcessEngineConfiguration();
        new JobDefinitionCache(new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .preInit(kept);
        assertThat(kept.getCustomSessionFactories()).singleElement()
                .satisfies(factory -> assertThat(factory.getSessionType()).isEqualTo(JobDefinitionManager.class));

        ProcessEngineConfigurationImpl off = new StandaloneInMemProcessEngineConfiguration();
        new JobDefinitionCache(new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ZERO))
                .preInit(off);
        assertThat(off.getCustomSessionFactories()).isNullOrEmpty();
    }
}
