package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's authorization checks take the caller's groups as they are ({@link AuthorizedGroupsUnfiltered}): no
 * scan of every group with an authorization before each command, and the same answers.
 */
@AfterSalesTest
class AuthorizedGroupsUnfilteredTest {

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;

    @Test
    void aFewGroupsArePassedAsTheyAreManyAreFilteredAsBefore() {
        List<String> few = List.of(Groups.AGENTS, "no-such-group-" + System.nanoTime());
        List<String> many = IntStream.range(0, AuthorizedGroupsUnfiltered.UNFILTERED_UP_TO + 1)
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
