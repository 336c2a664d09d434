package com.aftersales.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

/** The lock timeout must run out before the job's lock does; the refund test shows it at work on H2 and PostgreSQL. */
class LockTimeoutTest {

    @Test
    void aLockTimeoutAsLongAsTheJobLockIsRefusedAtStart() {
        CamundaBpmProperties camunda = new CamundaBpmProperties();
        camunda.getJobExecution().setLockTimeInMillis(120_000);

        assertThat(new LockTimeout(null, new DatabaseProperties(Duration.ofSeconds(10)), camunda).timeout())
                .hasSeconds(10);
        assertThatThrownBy(() -> new LockTimeout(null, new DatabaseProperties(Duration.ofMinutes(2)), camunda))
                .hasMessageContaining("aftersales.database.lock-timeout").hasMessageContaining("120000 ms");
        assertThatThrownBy(() -> new LockTimeout(null, new DatabaseProperties(Duration.ZERO), camunda))
                .hasMessageContaining("must be positive");
    }

    @Test
    void withoutAConfiguredJobLockCamundasDefaultBounds() {
        CamundaBpmProperties camunda = new CamundaBpmProperties();
        camunda.getJobExecution().setLockTimeInMillis(null);

        assertThat(new LockTimeout(null, new DatabaseProperties(Duration.ofMinutes(4)), camunda).timeout())
                .hasMinutes(4);
        assertThatThrownBy(() -> new LockTimeout(null, new DatabaseProperties(Duration.ofMinutes(5)), camunda))
                .hasMessageContaining("300000 ms");
    }
}
