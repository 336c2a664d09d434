package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.handling.ReturnShipments;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.RequestedOutcome;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The warehouse clerk who inspected a returned exchange ships the replacement: the ship task is theirs at once, not
 * waiting in the queue, and says what to ship and where.
 */
@E2eTest
class TasklistWarehouseE2eTest {

    private static final String ADDRESS = "李先生 13900000000 上海市浦东新区世纪大道 8 号";

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired ReturnShipments returns;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theInspectingClerkGetsTheShipTaskWithItemAndAddress(Browser browser) {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        jdbc.update("update shop_order set shipping_address = ? where order_id = ?", ADDRESS, order.orderId());
        String caseId = fixtures.openCase(order, "电池坏了 the battery is dead", RequestedOutcome.RETURN);
        fixtures.completeTask(caseId, Map.of(Var.ORDER_VERIFIED.name(), true));
        fixtures.completeTask(caseId, Map.of(Var.ISSUE_TYPE.name(), "QUALITY_DEFECT", Var.EVIDENCE_PROVIDED.name(), true));
        fixtures.completeTask(caseId, Map.of(Var.RESOLUTION.name(), "EXCHANGE"));
        fixtures.completeTask(caseId, Map.of("customerDecision", "ACCEPTED"));
        returns.shipped(caseId, "顺丰 SF", "SF1234567890");
        assertThat(task(caseId).getTaskDefinitionKey()).isEqualTo(Element.INSPECT_RETURN);

        Tasklist tasklist = Tasklist.logIn(browser, "warehouse1");
        assertThat(tasklist.activeFilter()).isEqualTo("Warehouse 仓库");
        tasklist.search(caseId);
        CamundaForm inspection = tasklist.openTask("Inspect the returned goods 验货");
        tasklist.claim();
        inspection.pick("符合预期 As expected");
        tasklist.complete();

        browser.waitUntil(driver -> Element.SHIP_ITEM.equals(task(caseId).getTaskDefinitionKey()));
        Task ship = task(caseId);
        assertThat(ship.getAssignee()).as("the clerk who inspected").isEqualTo("warehouse1");

        browser.open("/camunda/app/tasklist/default/#/?task=" + ship.getId());
        CamundaForm form = new CamundaForm(browser, "task-details");
        browser.waitUntil(driver -> form.text().contains(ADDRESS));
        assertThat(form.text()).contains("商品 Item 电动拖把 electric mop", "收货地址 Ship to " + ADDRESS);
        assertThat(tasklist.assignee()).contains("Li");
        browser.dismissNotifications();
        browser.screenshot("tasklist-ship-item");
    }

    private Task task(String caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    }
}
