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
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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

    /** The processes integrators start and report events to. */
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

        // agents open cases from Tasklist's start form; their tasks they see through the tasks' candidate group
        grants.grant(Groups.AGENTS, Resources.PROCESS_DEFINITION, AfterSalesCase.PROCESS_KEY,
                Permissions.READ, Permissions.CREATE_INSTANCE);
        grants.grant(Groups.AGENTS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // and work the review cases (中差评) through their tasks
        grants.grant(Groups.AGENTS, Resources.PROCESS_DEFINITION, ReviewRemediation.PROCESS_KEY, Permissions.READ);

        // team leads see and reassign every case's work
        grants.grant(Groups.TEAM_LEADS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.UPDATE_TASK,
                ProcessDefinitionPermissions.TASK_ASSIGN);
        grants.grant(Groups.TEAM_LEADS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ);

        // managers see every case, read only
        grants.grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grants.grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);

        // finance resolves failed refunds: sees incidents in Cockpit and retries them
        grants.grant(Groups.FINANCE, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.UPDATE_INSTANCE);
        grants.grant(Groups.FINANCE, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.UPDATE);

        // integrators start cases and report events (message correlation), and read nothing
        for (String key : PROCESS_KEYS) {
            grants.grant(Groups.INTEGRATIONS, Resources.PROCESS_DEFINITION, key,
                    Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
        }
        grants.grant(Groups.INTEGRATIONS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
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

    /** Grants group permissions, adding to an existing grant instead of creating a second one. */
    static final class Grants {

        private final AuthorizationService authorizations;

        Grants(AuthorizationService authorizations) {
            this.authorizations = authorizations;
        }

        void grant(String group, Resource resource, String resourceId, Permission... permissions) {
            Authorization grant = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
            if (grant == null) {
                grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(resource);
                grant.setResourceId(resourceId);
            }
            boolean changed = grant.getId() == null;
            for (Permission permission : permissions) {
                if (!grant.isPermissionGranted(permission)) {
                    grant.addPermission(permission);
                    changed = true;
                }
            }
            if (changed) {
                authorizations.saveAuthorization(grant);
            }
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
