package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.support.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team lead or manager opens any case in Cockpit, running or finished, with its history, and sees the open cases
 * with their step, agent and buyer, each linking to its process instance.
 */
@E2eTest
class CockpitCasesE2eTest {

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired DeadlineProperties deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFinishedCaseOpensWithItsHistoryAndTheOpenCasesShowStepAgentAndBuyer(Browser browser) {
        // a case that closed: an unknown order, and the buyer never sent the right one
        Fixtures.Order known = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        String closed = fixtures.openCase(new Fixtures.Order("TB99999998", known.buyerId()), "没收到");
        fixtures.completeTask(closed, Map.of(Var.ORDER_VERIFIED.name(), false));
        fixtures.advance(deadlines.buyerReply().plus(Duration.ofMinutes(1)));
        fixtures.runDueJobs(closed);
        ClockUtil.reset();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).finished().count())
                .as("the case's process has ended").isOne();
        // a case at work: the agent has taken its verification
        Fixtures.Order order = fixtures.deliveredOrder("蓝牙耳机 earbuds", "199.00", 3);
        String running = fixtures.openCase(order, "右耳没声音");
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(running).singleResult().getId(), "agent1");
        String runningInstance = fixtures.instanceOf(running).getId();

        Cockpit.logIn(browser, "lead1");
        WebElement row = browser.visible(By.cssSelector(".aftersales-open-cases tr[data-case='" + running + "']"));
        assertThat(row.getText()).contains("客户信息核实 Verification", "Lin Agent 客服一 (agent1)", order.buyerId(),
                order.orderId());
        WebElement instance = row.findElement(By.cssSelector("a[data-instance]"));
        assertThat(instance.getAttribute("href")).endsWith("#/process-instance/" + runningInstance + "/runtime");
        assertThat(browser.all(By.cssSelector(".aftersales-open-cases tr[data-case='" + closed + "']")))
                .as("a closed case is not among the open ones").isEmpty();
        browser.scrollTo(row);
        browser.screenshot("cockpit-open-cases");

        // the finished case, looked up by its number as a person types it
        browser.click(By.cssSelector("input[data-case-lookup]"));
        browser.typeLikeAPerson(closed, org.openqa.selenium.Keys.ENTER);
        browser.showing(By.cssSelector(".aftersales-case-shown .aftersales-timeline h4"), "Case 案件 " + closed);
        String timeline = browser.visible(By.cssSelector(".aftersales-case-shown .aftersales-timeline")).getText();
        assertThat(timeline).contains("已结案 Closed", "Verify order and buyer 核实客户信息", "Close: no response 关闭（买家未回复）",
                "TB99999998").doesNotContain("NO_RESPONSE");
        browser.scrollToTop(browser.visible(By.cssSelector(".aftersales-cases")));
        browser.screenshot("cockpit-case-lookup");

        // a case number that does not exist says so
        WebElement lookup = browser.visible(By.cssSelector("input[data-case-lookup]"));
        lookup.clear();
        browser.click(lookup);
        browser.typeLikeAPerson("CASE-NONE", org.openqa.selenium.Keys.ENTER);
        browser.showing(By.cssSelector("[data-no-case='CASE-NONE']"), "No case CASE-NONE 无此案件");

        // from the list to the instance in Cockpit's own view
        browser.click(browser.visible(By.cssSelector(".aftersales-open-cases tr[data-case='" + running + "'] a[data-instance]")));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/process-instance/" + runningInstance));
        browser.visible(By.cssSelector(".djs-element[data-element-id='" + Element.VERIFY_ORDER + "']"));
    }
}
