package com.aftersales.cluster;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.springframework.stereotype.Component;

/**
 * Remembers the job definitions of processes for {@code aftersales.jobs.definition-cache} (issue 22). The engine
 * reads a job's definition by id in the command that creates the job (suspension state, process definition, priority)
 * and again in every command that runs or deletes it (the job log names the definition's type): two selects of
 * {@code ACT_RU_JOBDEF} per job, for rows that change only when someone suspends, activates or re-prioritises them.
 *
 * <p>Each command gets its own copy, registered in its entity cache as if selected, so an update still flushes and
 * is checked against the revision. Suspension and activation (bulk updates) and deleted deployments clear the cache
 * at once and again after their commit; a priority change reads the row itself and clears the cache after commit. On
 * other nodes such a change takes effect within the lifetime. Batch job definitions are not kept: their commands
 * update and delete them by revision.
 */
@Component
class JobDefinitionCache extends AbstractProcessEnginePlugin {

    private final long lifetimeNanos;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    // bumped by every clear: a row read before a clear is not kept after it
    private long generation;

    JobDefinitionCache(JobProperties jobs) {
        this.lifetimeNanos = jobs.definitionCache().toNanos();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (lifetimeNanos == 0) {
            return;
        }
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        // replaces the engine's own factory for the same session type (custom factories are added last)
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return JobDefinitionManager.class;
            }

            @Override
            public Session openSession() {
                return new CachingJobDefinitionManager();
            }
        });
    }

    /** Forgets every kept definition, on this node. */
    synchronized void clear() {
        generation++;
        kept.clear();
    }

    int size() {
        return kept.size();
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void keep(JobDefinitionEntity row, long readInGeneration, long readAt) {
        if (readInGeneration == generation) {
            kept.put(row.getId(), new Kept(row, readAt));
        }
    }

    // after a rollback too: a later command of the same transaction may have read and kept the uncommitted change
    private static void clearAfterCommit(JobDefinitionCache cache) {
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, ignored -> cache.clear());
            command.getTransactionContext().addTransactionListener(TransactionState.ROLLED_BACK, ignored -> cache.clear());
        }
    }

    private class CachingJobDefinitionManager extends JobDefinitionManager {

        @Override
        public JobDefinitionEntity findById(String jobDefinitionId) {
            if (jobDefinitionId == null) {
                return super.findById(null);
            }
            if (changesPriority()) {
                clearAfterCommit(JobDefinitionCache.this);
                return super.findById(jobDefinitionId);
            }
            DbEntityManager entities = getDbEntityManager();
            JobDefinitionEntity inCommand = entities.getDbEntityCache().get(JobDefinitionEntity.class, jobDefinitionId);
            if (inCommand != null) {
                return inCommand;
            }
            Kept known = kept.get(jobDefinitionId);
            if (known != null && System.nanoTime() - known.readAt() < lifetimeNanos) {
                JobDefinitionEntity copy = known.copy();
                entities.getDbEntityCache().putPersistent(copy);
                return copy;
            }
            // the lifetime counts from before the select: the row is at most that old
            long readAt = System.nanoTime();
            long readInGeneration = generation();
            JobDefinitionEntity row = super.findById(jobDefinitionId);
            if (row != null && row.getProcessDefinitionId() != null) {
                keep(row, readInGeneration, readAt);
            }
            return row;
        }

        @Override
        public void deleteJobDefinitionsByProcessDefinitionId(String id) {
            super.deleteJobDefinitionsByProcessDefinitionId(id);
            changed();
        }

        @Override
        public void updateJobDefinitionSuspensionStateById(String jobDefinitionId, SuspensionState state) {
            super.updateJobDefinitionSuspensionStateById(jobDefinitionId, state);
            changed();
        }

        @Override
        public void updateJobDefinitionSuspensionStateByProcessDefinitionId(String processDefinitionId,
                                                                            SuspensionState state) {
            super.updateJobDefinitionSuspensionStateByProcessDefinitionId(processDefinitionId, state);
            changed();
        }

        @Override
        public void updateJobDefinitionSuspensionStateByProcessDefinitionKey(String processDefinitionKey,
                                                                             SuspensionState state) {
            super.updateJobDefinitionSuspensionStateByProcessDefinitionKey(processDefinitionKey, state);
            changed();
        }

        @Override
        public void updateJobDefinitionSuspensionStateByProcessDefinitionKeyAndTenantId(String processDefinitionKey,
                String processDefinitionTenantId, SuspensionState state) {
            super.updateJobDefinitionSuspensionStateByProcessDefinitionKeyAndTenantId(processDefinitionKey,
                    processDefinitionTenantId, state);
            changed();
        }

        // now, so this command's own jobs see the change, and after commit, so no command that read the row before
        // the commit keeps the old state
        private void changed() {
            clear();
            clearAfterCommit(JobDefinitionCache.this);
        }

        // the only command that updates a job definition entity: it reads the current revision
        private static boolean changesPriority() {
            CommandInvocationContext invocation = Context.getCommandInvocationContext();
            return invocation != null && invocation.getCommand() instanceof SetJobDefinitionPriorityCmd;
        }
    }

    /** A job definition's columns as read, never handed out itself. */
    private record Kept(String id, int revision, String processDefinitionId, String processDefinitionKey,
                        String activityId, String jobType, String jobConfiguration, int suspensionState,
                        Long jobPriority, String tenantId, String deploymentId, long readAt) {

        Kept(JobDefinitionEntity row, long readAt) {
            this(row.getId(), row.getRevision(), row.getProcessDefinitionId(), row.getProcessDefinitionKey(),
                    row.getActivityId(), row.getJobType(), row.getJobConfiguration(), row.getSuspensionState(),
                    row.getOverridingJobPriority(), row.getTenantId(), row.getDeploymentId(), readAt);
        }

        JobDefinitionEntity copy() {
            JobDefinitionEntity copy = new JobDefinitionEntity();
            copy.setId(id);
            copy.setRevision(revision);
            copy.setProcessDefinitionId(processDefinitionId);
            copy.setProcessDefinitionKey(processDefinitionKey);
            copy.setActivityId(activityId);
            copy.setJobType(jobType);
            copy.setJobConfiguration(jobConfiguration);
            copy.setSuspensionState(suspensionState);
            copy.setJobPriority(jobPriority);
            copy.setTenantId(tenantId);
            copy.setDeploymentId(deploymentId);
            return copy;
        }
    }
}
