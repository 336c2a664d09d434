package com.aftersales.database;

import com.aftersales.web.DatabaseOutage;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A job that failed because the database could not be reached (a blip, a fail-over), or because a row it needs was
 * held by another transaction past the {@link LockTimeout}, is tried again shortly without using up one of its
 * attempts: a refund's three attempts ({@code R3/PT5M}) are for the payment provider's failures, not for ours. A row
 * held for good leaves the refund unpaid, which its deadline ({@code aftersales.deadlines.refund-payment}) reports.
 * Any other failure counts as usual.
 */
@Component
class OutageKeepsJobRetries extends AbstractProcessEnginePlugin {

    /** How soon a job that met an outage is due again. */
    static final long RETRY_AFTER_MILLIS = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new FailedJobCommandFactory() {
            @Override
            public Command<Object> getCommand(String jobId, Throwable exception) {
                return DatabaseOutage.isCause(exception) || LockTimeout.isCause(exception) ? new Postpone(jobId)
                        : new DefaultJobRetryCmd(jobId, exception);
            }
        });
    }

    /** Unlocks the job and makes it due again soon, its retries untouched. */
    private record Postpone(String jobId) implements Command<Object> {

        @Override
        public Object execute(CommandContext context) {
            JobEntity job = context.getJobManager().findJobById(jobId);
            if (job != null) {
                job.unlock();
                job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + RETRY_AFTER_MILLIS));
            }
            return null;
        }
    }
}
