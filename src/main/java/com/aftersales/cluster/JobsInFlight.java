package com.aftersales.cluster;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A node's graceful shutdown, for its jobs: when the application stops ({@code SIGTERM}), the job executor stops
 * acquiring jobs, and the jobs it took (running, or queued in its pool) finish within the
 * {@linkplain ShutdownProperties#gracePeriod() grace period}, while the web server stops taking requests and
 * finishes those in progress (the same shutdown phase). Only then are the engine and the database connections
 * closed. A job still running after the grace period is interrupted and rolled back; it stays locked by this
 * node until its lock expires ({@code lock-time-in-millis}), and then another node runs it.
 */
@Component
@ConditionalOnBooleanProperty(name = "camunda.bpm.job-execution.enabled", matchIfMissing = true) // as Camunda's job executor
class JobsInFlight implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobsInFlight.class);

    private final JobExecutor jobExecutor;
    private final TaskExecutor pool;
    private final ShutdownProperties settings;
    private volatile boolean running;

    JobsInFlight(JobExecutor jobExecutor, @Qualifier("camundaTaskExecutor") TaskExecutor pool,
                 ShutdownProperties settings) {
        this.jobExecutor = jobExecutor;
        this.pool = pool;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Beside the web server's graceful shutdown: requests and jobs wind down together. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }

    @Override
    public void stop() {
        finishJobsInFlight();
    }

    @Override
    public void stop(Runnable callback) {
        new Thread(() -> {
            try {
                finishJobsInFlight();
            } finally {
                callback.run();
            }
        }, "jobs-in-flight").start();
    }

    private void finishJobsInFlight() {
        running = false;
        boolean acquiring = jobExecutor.isActive();
        jobExecutor.shutdown(); // ends the acquisition thread; the jobs handed to the pool go on
        if (!acquiring || !(pool instanceof ThreadPoolTaskExecutor tasks)) {
            return;
        }
        ThreadPoolExecutor threads = tasks.getThreadPoolExecutor();
        int inFlight = threads.getActiveCount() + threads.getQueue().size();
        long started = System.nanoTime();
        LOG.info("Stopped acquiring jobs; {} taken jobs to finish within {}", inFlight, settings.gracePeriod());
        threads.shutdown(); // runs what is queued, takes nothing new
        try {
            if (threads.awaitTermination(settings.gracePeriod().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("All taken jobs finished after {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } else {
                LOG.warn("Grace period {} over with {} jobs unfinished: they are rolled back and run by another node "
                        + "once their lock expires", settings.gracePeriod(), threads.getActiveCount() + threads.getQueue().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
