package com.aftersales.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks with the same answers and two statements fewer per checked command (every
 * engine-REST call and case-task lookup). Authorization stays on, revoke authorizations keep counting.
 * <ul>
 * <li>The caller's groups as they are. Before each checked command the engine read every group id that has any
 * authorization ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, a scan of a table with a row per open
 * task and candidate group) only to drop the caller's groups that have none: such a group matches no row of the
 * checks anyway. Users in many groups are filtered as before, keeping the checks' {@code IN} lists short.</li>
 * <li>No look for revoke authorizations before a check of one resource (claim, complete, execute a job) or a task
 * query narrowed to given process instances (a case's tasks). With {@code authorizationCheckRevokes=auto} the engine
 * first asks whether any revoke exists for the caller, to leave the revoke terms out of its checks; for one resource
 * or a case's few tasks the check with those terms is one statement too (a few index probes more), so it is sent at
 * once. Wide queries (Tasklist's lists) keep the look: there the revoke terms cost a probe per row of the whole
 * table. {@code never} and {@code always} are honoured as they are.</li>
 * </ul>
 */
@Component
class LeanAuthorizationChecks extends AbstractProcessEnginePlugin {

    /** Up to this many groups the caller's list is used as it is; the application's users have one to three. */
    static final int UNFILTERED_UP_TO = 32;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        // added after the engine's own factories, under the same session type: replaces its AuthorizationManager
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new LeanAuthorizationManager();
            }
        });
    }

    /** One per command, as the engine's own. */
    static final class LeanAuthorizationManager extends AuthorizationManager {

        /** Set while one resource or a narrow query is checked: the revoke terms go into the check, no look before. */
        private boolean narrow;

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
                    || authenticatedGroupIds.size() > UNFILTERED_UP_TO) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(authenticatedGroupIds.stream().distinct().toList());
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
            narrow = true;
            try {
                return super.isAuthorized(userId, groupIds, permissionCheck);
            } finally {
                narrow = false;
            }
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck permissionCheck) {
            narrow = true;
            try {
                return super.isAuthorized(userId, groupIds, permissionCheck);
            } finally {
                narrow = false;
            }
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            narrow = query.getProcessInstanceId() != null
                    || (query.getProcessInstanceIdIn() != null && query.getProcessInstanceIdIn().length > 0);
            try {
                super.configureTaskQuery(query);
            } finally {
                narrow = false;
            }
        }

        @Override
        protected boolean isRevokeAuthCheckEnabled(String userId, List<String> groupIds) {
            // known already in this command (a query looked): use that; else check with the revoke terms
            if (narrow && isRevokeAuthCheckUsed == null && ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO
                    .equalsIgnoreCase(Context.getProcessEngineConfiguration().getAuthorizationCheckRevokes())) {
                return true;
            }
            return super.isRevokeAuthCheckEnabled(userId, groupIds);
        }
    }
}
