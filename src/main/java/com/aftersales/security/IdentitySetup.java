package com.aftersales.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.aftersales.cluster.StartupLock;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.Processes;
import com.aftersales.process.ReviewRemediation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups, users, the authorizations each group needs and the Tasklist filters of each role,
 * created at start-up. Idempotent: a restart finds everything in place and creates nothing twice,
 * and nodes starting at once on one database take turns ({@link StartupLock}).
 * Demo users exist only in default mode; otherwise only {@code admin}, whose password must be given.
 */
@Component
@Order(2)
class IdentitySetup extends AbstractProcessEnginePlugin {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    /** The processes integrators once had engine grants on (revoked at start-up). */
    static final List<String> PROCESS_KEYS = Processes.KEYS;

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("agent1", "Lin", "Agent 客服一", Groups.AGENTS),
            new DemoUser("agent2", "Wang", "Agent 客服二", Groups.AGENTS),
            new DemoUser("lead1", "Zhang", "Team lead 组长", Groups.TEAM_LEADS),
            new DemoUser("manager1", "Chen", "Manager 主管", Groups.MANAGERS),
            new DemoUser("warehouse1", "Li", "Warehouse 仓库", Groups.WAREHOUSE),
            new DemoUser("finance1", "Zhao", "Finance 财务", Groups.FINANCE),
            new DemoUser("integration", "Order system", "Integration 集成", Groups.INTEGRATIONS));

    private final SecurityProperties properties;
    private final StartupLock startupLock;

    IdentitySetup(SecurityProperties properties, StartupLock startupLock) {
        this.properties = properties;
        this.startupLock = startupLock;
        if (!properties.demoEnabled() && isBlank(properties.adminPassword())) {
            throw new IllegalStateException(
                    "AFTERSALES_ADMIN_PASSWORD is not set: production mode needs the admin user's password");
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        startupLock.exclusively(() -> setUp(engine));
    }

    private void setUp(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        Grants grants = new Grants(engine.getAuthorizationService());
        for (String group : Groups.ALL) {
            ensureGroup(identity, group);
        }
        String adminPassword = properties.demoEnabled() && isBlank(properties.adminPassword())
                ? ADMIN : properties.adminPassword();
        ensureUser(identity, new DemoUser(ADMIN, "Camunda", "Administrator", Groups.ADMINS), adminPassword, true);
        if (properties.demoEnabled()) {
            DEMO_USERS.forEach(user -> ensureUser(identity, user, user.id(), false));
        }
        grantGroups(grants);
        new TasklistFilters(engine.getFilterService(), grants).ensure();
        log.info("Groups, {} and role filters are in place", properties.demoEnabled() ? "demo users" : "the admin user");
    }

    /**
     * Each group gets what its work needs and no more, with Camunda's fine-grained permissions: nobody but the
     * administrators changes process variables except by completing a task offered to them (tasks grant their
     * candidate groups TASK_WORK, see {@code defaultUserPermissionNameForTask}); finance retries failed jobs
     * (which resolves their incidents) and changes nothing else; the integrators write only through {@code /api},
     * which validates, and have no engine-REST write at all.
     */
    private static void grantGroups(Grants grants) {
        // the administrators may do everything, as Camunda's own admin set-up grants
        for (Resource resource : Resources.values()) {
            grants.grant(Groups.ADMINS, resource, "*", Permissions.ALL);
        }
        grants.grant(Groups.AGENTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(Groups.WAREHOUSE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (String group : List.of(Groups.TEAM_LEADS, Groups.MANAGERS, Groups.FINANCE)) {
            grants.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grants.grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grants.grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            grants.grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        }

        // agents open cases from Tasklist's start form; their tasks they see and work through the tasks' candidate group
        grants.grant(Groups.AGENTS, Resources.PROCESS_DEFINITION, AfterSalesCase.PROCESS_KEY,
                Permissions.READ, Permissions.CREATE_INSTANCE);
        grants.grant(Groups.AGENTS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // and work the review cases (中差评) through their tasks
        grants.grant(Groups.AGENTS, Resources.PROCESS_DEFINITION, ReviewRemediation.PROCESS_KEY, Permissions.READ);

        // team leads see every case's work, reassign it and may take it over: claim and complete, never set
        // variables beside a completion (TASK_WORK and TASK_ASSIGN, not UPDATE_TASK)
        grants.grant(Groups.TEAM_LEADS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN);
        grants.grant(Groups.TEAM_LEADS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ);

        // managers see every case, read only
        grants.grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grants.grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);

        // finance resolves failed refunds: sees incidents in Cockpit and retries their jobs, and nothing more
        grants.grant(Groups.FINANCE, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, ProcessDefinitionPermissions.RETRY_JOB);
        grants.grant(Groups.FINANCE, Resources.PROCESS_INSTANCE, "*", Permissions.READ, ProcessInstancePermissions.RETRY_JOB);

        // integrators report through /api only: whatever earlier versions granted them on the engine goes
        for (String key : PROCESS_KEYS) {
            grants.revoke(Groups.INTEGRATIONS, Resources.PROCESS_DEFINITION, key);
        }
        grants.revoke(Groups.INTEGRATIONS, Resources.PROCESS_INSTANCE, "*");
    }

    private static void ensureGroup(IdentityService identity, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(Groups.nameOf(groupId));
            group.setType(Groups.ADMINS.equals(groupId) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private static void ensureUser(IdentityService identity, DemoUser demo, String password, boolean resetPassword) {
        User user = identity.createUserQuery().userId(demo.id()).singleResult();
        if (user == null) {
            user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@aftersales.example");
            user.setPassword(password);
            identity.saveUser(user);
        } else if (resetPassword && !identity.checkPassword(demo.id(), password)) {
            user.setPassword(password);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
            identity.createMembership(demo.id(), demo.group());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Group grants exactly as listed: permissions a group holds beyond them (from an earlier version of this
     * set-up) are taken away at start-up, so a narrower grant here is narrower in every existing database too.
     */
    static final class Grants {

        private final AuthorizationService authorizations;

        Grants(AuthorizationService authorizations) {
            this.authorizations = authorizations;
        }

        void grant(String group, Resource resource, String resourceId, Permission... permissions) {
            Authorization grant = find(group, resource, resourceId);
            if (grant == null) {
                grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(resource);
                grant.setResourceId(resourceId);
            }
            int wanted = 0;
            for (Permission permission : permissions) {
                wanted |= permission.getValue();
            }
            if (grant.getId() == null || ((AuthorizationEntity) grant).getPermissions() != wanted) {
                grant.setPermissions(permissions);
                authorizations.saveAuthorization(grant);
            }
        }

        void revoke(String group, Resource resource, String resourceId) {
            Authorization grant = find(group, resource, resourceId);
            if (grant != null) {
                authorizations.deleteAuthorization(grant.getId());
            }
        }

        private Authorization find(String group, Resource resource, String resourceId) {
            return authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        }
    }

    static Map<String, Object> asMap(Object... keyValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
