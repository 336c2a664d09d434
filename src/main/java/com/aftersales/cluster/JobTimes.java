package com.aftersales.cluster;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives Camunda's job executor the times of {@link JobProperties} before it starts. The same two times under
 * {@code camunda.bpm.job-execution} would be a second place that silently loses to this one, so they refuse to start.
 */
@Component
class JobTimes implements BeanPostProcessor {

    // looked up when the job executor is made: a post-processor is made before the beans it may need
    private final ObjectProvider<JobProperties> times;
    private final ObjectProvider<CamundaBpmProperties> camunda;

    JobTimes(ObjectProvider<JobProperties> times, ObjectProvider<CamundaBpmProperties> camunda) {
        this.times = times;
        this.camunda = camunda;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JobExecutor jobExecutor) {
            refuseCamundasOwn(camunda.getObject().getJobExecution());
            apply(times.getObject(), jobExecutor);
        }
        return bean;
    }

    static void apply(JobProperties times, JobExecutor jobExecutor) {
        jobExecutor.setLockTimeInMillis(Math.toIntExact(times.lockTime().toMillis()));
        jobExecutor.setMaxWait(times.maxWait().toMillis());
        // idle polling starts at Camunda's wait time (5 s) and grows up to the max wait; never past it
        jobExecutor.setWaitTimeInMillis((int) Math.min(jobExecutor.getWaitTimeInMillis(), times.maxWait().toMillis()));
    }

    static void refuseCamundasOwn(JobExecutionProperty jobs) {
        if (jobs.getLockTimeInMillis() != null || jobs.getMaxWait() != null) {
            throw new IllegalStateException("camunda.bpm.job-execution.lock-time-in-millis and max-wait are set by "
                    + "aftersales.jobs.lock-time and aftersales.jobs.max-wait; set those instead");
        }
    }
}
