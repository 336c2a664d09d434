package com.aftersales.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks with the caller's groups as they are. Before each authorization-checked command
 * the engine reads every group id that has any authorization ({@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}, a scan of a table with a row per open task and candidate group) only to drop the caller's
 * groups that have none, so that its checks name fewer groups. A group without authorizations matches no row of the
 * checks anyway: keeping it gives the same answers, and the scan goes (one statement per engine-REST call and per
 * case-task lookup, growing with the open tasks). Users in many groups are filtered as before, keeping the checks'
 * {@code IN} lists short. Authorization stays on; revoke checks ({@code authorizationCheckRevokes}) are untouched.
 */
@Component
class AuthorizedGroupsUnfiltered extends AbstractProcessEnginePlugin {

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
                return new GroupsAsTheyAre();
            }
        });
    }

    static final class GroupsAsTheyAre extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
                    || authenticatedGroupIds.size() > UNFILTERED_UP_TO) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(authenticatedGroupIds.stream().distinct().toList());
        }
    }
}
