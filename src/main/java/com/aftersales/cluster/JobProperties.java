package com.aftersales.cluster;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The job executor's times, in one place ({@code aftersales.jobs}); {@link JobTimes} gives them to Camunda's job
 * executor. Together they bound how soon the jobs of a node that died (SIGKILL, power loss) run elsewhere: at most
 * the lock time after the dead node took them, plus one idle wait of the node that takes them over.
 *
 * @param lockTime how long a node owns the jobs it acquired. Longer than the longest job: a refund waits up to
 *                 {@code aftersales.database.lock-timeout} for its order's account (checked at start), then asks the
 *                 payment provider. A job that outlives its lock may run a second time on another node; a refund
 *                 then asks the provider about its request number before it pays (Refunds), so it is paid once.
 * @param maxWait  the longest an idle node sleeps before it looks for due jobs again (a job created on a node wakes
 *                 that node at once; due timers and the jobs of a dead node are found by looking)
 * @param definitionCache how long a node keeps a job definition it read ({@link JobDefinitionCache}): a suspension,
 *                 activation or priority change made on another node reaches this node's new jobs within this time
 *                 (on this node at once); zero reads the definition every time, as Camunda does
 */
@Validated
@ConfigurationProperties("aftersales.jobs")
public record JobProperties(@NotNull @DefaultValue("PT20S") Duration lockTime,
                            @NotNull @DefaultValue("PT5S") Duration maxWait,
                            @NotNull @DefaultValue("PT10S") Duration definitionCache) {

    public JobProperties {
        if (lockTime != null && (lockTime.isNegative() || lockTime.isZero())) {
            throw new IllegalArgumentException("aftersales.jobs.lock-time must be positive: " + lockTime);
        }
        if (maxWait != null && (maxWait.isNegative() || maxWait.isZero())) {
            throw new IllegalArgumentException("aftersales.jobs.max-wait must be positive: " + maxWait);
        }
        if (definitionCache != null && definitionCache.isNegative()) {
            throw new IllegalArgumentException("aftersales.jobs.definition-cache must not be negative: " + definitionCache);
        }
    }
}
