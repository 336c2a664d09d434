package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.casefile.CaseTasks;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's authorization checks without the look-ups before them ({@link LeanAuthorizationChecks}): the
 * caller's groups as they are, revoke terms in a check of one resource. The same answers: a group without
 * authorizations neither grants nor hides, and a user's revoke still beats the group's grant.
 */
@AfterSalesTest
class LeanAuthorizationChecksTest {

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired AuthorizationService authorizations;
    @Autowired CaseTasks caseTasks;

    @Test
    void aFewGroupsArePassedAsTheyAreManyAreFilteredAsBefore() {
        List<String> few = List.of(Groups.AGENTS, "no-such-group-" + System.nanoTime());
        List<String> many = IntStream.range(0, LeanAuthorizationChecks.UNFILTERED_UP_TO + 1)
                .mapToObj(i -> "nobody-" + i).toList();

        assertThat(filtered(few)).containsExactlyInAnyOrderElementsOf(few);
        // none of these groups has an authorization: the engine's own filter drops them all
        assertThat(filtered(many)).isEmpty();
    }

    @Test
    void aGroupWithoutAuthorizationsNeitherGrantsNorHides() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");
        String empty = "no-authorizations-" + System.nanoTime();

        assertThat(visibleTo(caseId, List.of(empty))).isEmpty();
        assertThat(visibleTo(caseId, List.of(empty, Groups.AGENTS))).hasSize(1);
        assertThat(visibleTo(caseId, List.of(Groups.WAREHOUSE, empty))).isEmpty();
        assertThat(visibleTo(caseId, List.of(Groups.AGENTS)).get(0).getProcessInstanceId())
                .isEqualTo(fixtures.instanceOf(caseId).getId());
    }

    /** The case's tasks a user of these groups sees (an agents' task waits: verify the order). */
    @Test
    void aRevokeStillBeatsTheGroupsGrantOnLookupClaimAndComplete() {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了");
        String taskId = visibleTo(caseId, List.of(Groups.AGENTS)).get(0).getId();
        String revoked = "revoked-" + System.nanoTime();
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(revoked);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(taskId);
        revoke.removePermission(Permissions.ALL);
        authorizations.saveAuthorization(revoke);
        try {
            // a case's task lookup (a query narrowed to the case's instances) hides it from them alone
            assertThat(caseTasks.openTasksOf(caseId, revoked, List.of(Groups.AGENTS)).orElseThrow()).isEmpty();
            assertThat(caseTasks.openTasksOf(caseId, "agent2", List.of(Groups.AGENTS)).orElseThrow()).hasSize(1);
            identity.setAuthentication(revoked, List.of(Groups.AGENTS));
            try {
                assertThatThrownBy(() -> tasks.claim(taskId, revoked)).isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> tasks.complete(taskId, java.util.Map.of("orderVerified", true)))
                        .isInstanceOf(AuthorizationException.class);
            } finally {
                identity.clearAuthentication();
            }
            // the same group without the revoke: allowed
            identity.setAuthentication("agent1", List.of(Groups.AGENTS));
            try {
                tasks.claim(taskId, "agent1");
            } finally {
                identity.clearAuthentication();
            }
            assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("agent1");
        } finally {
            authorizations.deleteAuthorization(revoke.getId());
        }
    }

    private List<org.camunda.bpm.engine.task.Task> visibleTo(String caseId, List<String> groups) {
        identity.setAuthentication("someone", groups);
        try {
            return tasks.createTaskQuery().processInstanceBusinessKey(caseId).list();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> filtered(List<String> groups) {
        Command<List<String>> filter = context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups);
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(filter);
    }
}
