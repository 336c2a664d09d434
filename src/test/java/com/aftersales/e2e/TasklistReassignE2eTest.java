package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Fixtures;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A team lead gives an agent's task to another agent by name; an agent is offered no one. */
@E2eTest
class TasklistReassignE2eTest {

    private static final String VERIFY = "Verify order and buyer 核实客户信息";
    private static final By REASSIGN = By.cssSelector(".task-details li.aftersales-reassign select");

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;

    @Test
    void aTeamLeadReassignsATaskByTheAgentsName(Browser browser) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("台灯 desk lamp", "89.00", 2), "灯不亮 it does not light");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
        tasks.claim(taskId, "agent1");

        Tasklist tasklist = Tasklist.logIn(browser, "lead1");
        tasklist.openFilter("All after-sales work 全部售后任务");
        tasklist.searchCase(caseId);
        tasklist.openTask(VERIFY);
        Select people = new Select(browser.visible(REASSIGN));
        browser.waitUntil(driver -> people.getFirstSelectedOption().getText().equals("Lin Agent 客服一 (agent1)"));
        assertThat(people.getOptions()).extracting(WebElement::getText)
                .containsExactly("Lin Agent 客服一 (agent1)", "Wang Agent 客服二 (agent2)");

        people.selectByVisibleText("Wang Agent 客服二 (agent2)");
        browser.waitUntil(driver -> "agent2".equals(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
        // Tasklist shows the new assignee, and the list offers the names again with them chosen
        browser.waitUntil(driver -> new Select(driver.findElement(REASSIGN)).getFirstSelectedOption().getText()
                .equals("Wang Agent 客服二 (agent2)"));
        browser.dismissNotifications();
        browser.screenshot("tasklist-reassign");
    }

    @Test
    void anAgentIsOfferedNoOneToGiveTheTaskTo(Browser browser) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("水杯 water cup", "25.00", 2), "有裂纹 it is cracked");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
        tasks.claim(taskId, "agent1");

        Tasklist.logIn(browser, "agent1");
        String answer = browser.download("/camunda/api/tasklist/plugin/after-sales-case/default/assignees?taskId=" + taskId);
        assertThat(answer).contains("No task for you to reassign.").doesNotContain("agent2");
    }
}
