package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.DisputeEscalation;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.security.Groups;
import com.aftersales.support.Fixtures;
import org.camunda.bpm.engine.TaskService;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role sees its own filters and only the work meant for it. */
@E2eTest
class TasklistRolesE2eTest {

    private static final String VERIFY_ORDER = "Verify order and buyer 核实客户信息";

    @Autowired com.aftersales.handling.ReturnShipments returns;
    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;

    @Test
    void theWarehouseSeesNoneOfTheAgentsTasks(Browser browser) {
        fixtures.openCase(fixtures.deliveredOrder("手机壳 phone case", "39.00", 5), "手机壳裂了 the phone case is cracked");
        assertThat(tasks.createTaskQuery().taskCandidateGroup(Groups.AGENTS).count()).isPositive();

        // an exchange whose return has arrived: the warehouse's inspection
        String returned = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        fixtures.completeTask(returned, java.util.Map.of("resolution", "EXCHANGE"));
        fixtures.completeTask(returned, java.util.Map.of("customerDecision", "ACCEPTED"));
        returns.shipped(returned, "顺丰 SF", "SF1234567890");

        Tasklist tasklist = Tasklist.logIn(browser, "warehouse1");
        browser.expectLoggedInAs("Li Warehouse 仓库");
        // the warehouse lands on its own queue
        assertThat(tasklist.filters()).containsExactly("Warehouse 仓库", "My cases 我的案件", "Overdue 已超时", "Team queue 团队待办");
        assertThat(tasklist.activeFilter()).isEqualTo("Warehouse 仓库");
        // the application context is shared: the warehouse sees exactly its own group's work
        // (inspections, shipments of other tests' cases), never an agent's task
        java.util.Map<String, Integer> expected = java.util.Map.of(
                "My cases 我的案件", (int) tasks.createTaskQuery().taskAssignee("warehouse1").count(),
                "Overdue 已超时", (int) tasks.createTaskQuery().taskCandidateGroup(Groups.WAREHOUSE).includeAssignedTasks()
                        .dueBefore(new java.util.Date()).count(),
                "Team queue 团队待办", (int) tasks.createTaskQuery().taskCandidateGroup(Groups.WAREHOUSE).taskUnassigned().count(),
                "Warehouse 仓库", (int) tasks.createTaskQuery().taskCandidateGroup(Groups.WAREHOUSE).includeAssignedTasks().count());
        for (String filter : tasklist.filters()) {
            tasklist.openFilter(filter);
            tasklist.expectTaskCount(expected.get(filter));
            assertThat(tasklist.taskNames()).doesNotContain("Verify order and buyer 核实客户信息",
                    "Confirm the problem 问题确认", "Propose a resolution 解决方案提供");
        }
        tasklist.openFilter("Warehouse 仓库");
        tasklist.searchCase(returned);
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskNames()).containsExactly("Inspect the returned goods 验货");
        // the warehouse cannot read the case, but the card says which case, buyer, order and item it is
        assertThat(tasklist.taskCards().get(0)).contains("案件 Case", returned + " · 电动拖把 electric mop · 买家 ",
                " · 订单 ", " · 质量问题 Quality defect");
        browser.screenshot("tasklist-warehouse");
    }

    @Test
    void anAgentsCardsTellTheCasesApartAndUrgentWorkComesFirst(Browser browser) {
        // an older task made urgent (as an overdue one is, priority 90) and a newer one of normal priority
        String urgent = fixtures.openCase(fixtures.deliveredOrder("电热水壶 electric kettle", "89.00", 2), "壶盖坏了 lid broke");
        String newer = fixtures.openCase(fixtures.deliveredOrder("蓝牙耳机 earphones", "159.00", 2), "没声音 no sound");
        Task urgentTask = tasks.createTaskQuery().processInstanceBusinessKey(urgent).singleResult();
        Task newerTask = tasks.createTaskQuery().processInstanceBusinessKey(newer).singleResult();
        tasks.setAssignee(urgentTask.getId(), "agent2");
        tasks.setPriority(urgentTask.getId(), 90);
        tasks.setAssignee(newerTask.getId(), "agent2");

        Tasklist tasklist = Tasklist.logIn(browser, "agent2");
        assertThat(tasklist.activeFilter()).isEqualTo("My cases 我的案件");
        browser.waitUntil(driver -> !tasklist.taskCards().isEmpty() && tasklist.taskCards().get(0).contains(urgent));
        List<String> cards = tasklist.taskCards();
        assertThat(cards.get(0)).contains("案件 Case", urgent + " · 电热水壶 electric kettle · 买家 ", " · 订单 ", "90");
        assertThat(cards).anySatisfy(card -> assertThat(card).contains(newer, "蓝牙耳机 earphones"));
        browser.screenshot("tasklist-agent-cards");
    }

    @Test
    void anAgentFindsACaseByTypingItsNumberOrderOrBuyer(Browser browser) {
        Fixtures.Order order = fixtures.deliveredOrder("电饭煲 rice cooker", "259.00", 2);
        String sought = fixtures.openCase(order, "内胆掉漆 the inner pot is peeling");
        String other = fixtures.openCase(fixtures.deliveredOrder("台灯 desk lamp", "79.00", 2), "不亮 does not light");
        for (String caseId : List.of(sought, other)) {
            tasks.setAssignee(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId(), "agent1");
        }

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        assertThat(tasklist.activeFilter()).isEqualTo("My cases 我的案件");
        // the filter holds both cases (and other tests' work of agent1): the search narrows it to one
        tasklist.expectTaskCount((int) tasks.createTaskQuery().taskAssignee("agent1").count());

        // typed text searches the case number, order and buyer, not the task's name
        assertThat(tasklist.search(sought)).isEqualTo("案件号、订单号或买家 Case, order or buyer");
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskCards()).singleElement().asString().contains(sought, order.orderId(), "电饭煲 rice cooker");
        browser.screenshot("tasklist-search");
        tasklist.clearSearch();

        tasklist.search(order.orderId());
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskCards()).singleElement().asString().contains(sought);
        // "=" takes the order whole, in its place on the card
        tasklist.searchOperator("=");
        tasklist.expectTaskCount(1);
        tasklist.clearSearch();

        // a part of the buyer's id, in capitals as a person may type it
        tasklist.search(order.buyerId().substring("buyer-".length()).toUpperCase());
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskCards()).singleElement().asString().contains(sought, order.buyerId());
        // a part is not the whole buyer
        tasklist.searchOperator("=");
        tasklist.expectTaskCount(0);
        tasklist.clearSearch();

        tasklist.search("AS-19990101-NOSUCHCA");
        tasklist.expectTaskCount(0);
    }

    @Test
    void aTeamLeadHasTheEscalationsFilterAndSeesAllAfterSalesWork(Browser browser) {
        // compensation above the agent's cap waits for a team lead
        String caseId = fixtures.confirmedCase("运动鞋 running shoes", "459.00", "NOT_AS_DESCRIBED");
        fixtures.completeTask(caseId, java.util.Map.of("resolution", "PARTIAL_REFUND", "compensationAmount", 30.0));
        // the application context is shared: count what the engine has now, as the filters should
        int escalations = (int) tasks.createTaskQuery().taskCandidateGroup(Groups.TEAM_LEADS).includeAssignedTasks().count();
        int allWork = (int) tasks.createTaskQuery().processDefinitionKeyIn(AfterSalesCase.PROCESS_KEY,
                DisputeEscalation.PROCESS_KEY, ReviewRemediation.PROCESS_KEY).count();

        Tasklist tasklist = Tasklist.logIn(browser, "lead1");
        browser.expectLoggedInAs("Zhang Team lead 组长");
        // team leads land on Escalations
        assertThat(tasklist.filters()).containsExactly("Escalations 升级待办", "Warehouse 仓库", "My cases 我的案件",
                "Overdue 已超时", "Team queue 团队待办", "All after-sales work 全部售后任务");
        assertThat(tasklist.activeFilter()).isEqualTo("Escalations 升级待办");
        tasklist.openFilter("All after-sales work 全部售后任务");
        tasklist.expectTaskCount(allWork);
        tasklist.openFilter("Escalations 升级待办");
        tasklist.expectTaskCount(escalations);
        // Tasklist keeps a search across filters: search last
        tasklist.searchCase(caseId);
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskNames()).containsExactly("Approve the proposal 审批方案");
        // team leads see the case's columns on the card
        assertThat(tasklist.taskCards().get(0)).contains("案件 Case", caseId, " · 订单 ");
        browser.screenshot("tasklist-team-lead");
    }

    /** Whether the header's action is shown, once the page knows what the person may use. */
    private static boolean headerAction(Browser browser, String action) {
        browser.visible(org.openqa.selenium.By.cssSelector("body[data-aftersales-actions='checked']"));
        return browser.all(org.openqa.selenium.By.cssSelector("li." + action)).stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed);
    }

    @Test
    void theWarehouseIsOfferedNeitherStartProcessNorCreateTask(Browser browser) {
        Tasklist.logIn(browser, "warehouse1");
        assertThat(headerAction(browser, "start-process-action")).as("warehouse: Start process").isFalse();
        assertThat(headerAction(browser, "create-task-action")).as("warehouse: Create task").isFalse();
    }

    @Test
    void anAgentMayStartACaseButNotCreateTasks(Browser browser) {
        Tasklist.logIn(browser, "agent1");
        assertThat(headerAction(browser, "start-process-action")).as("agent: Start process (a case from the phone)")
                .isTrue();
        assertThat(headerAction(browser, "create-task-action")).as("agent: Create task").isFalse();
    }
}
