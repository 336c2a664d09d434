package com.aftersales.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.cluster.JobProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lock timeout must run out before the job's lock does; the refund test shows it at work on H2 and PostgreSQL. */
class LockTimeoutTest {

    @Test
    void aLockTimeoutAsLongAsTheJobLockIsRefusedAtStart() {
        JobProperties jobs = new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(10));

        assertThat(new LockTimeout(null, new DatabaseProperties(Duration.ofSeconds(10)), jobs).timeout())
                .hasSeconds(10);
        assertThatThrownBy(() -> new LockTimeout(null, new DatabaseProperties(Duration.ofSeconds(20)), jobs))
                .hasMessageContaining("aftersales.database.lock-timeout").hasMessageContaining("aftersales.jobs.lock-time")
                .hasMessageContaining("PT20S");
        assertThatThrownBy(() -> new LockTimeout(null, new DatabaseProperties(Duration.ZERO), jobs))
                .hasMessageContaining("must be positive");
    }
}
