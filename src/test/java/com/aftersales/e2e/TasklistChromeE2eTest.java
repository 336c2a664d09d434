package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Fixtures;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The next task opens on its form, whatever tab the last one showed; no internal version tag in the task's header. */
@E2eTest
class TasklistChromeE2eTest {

    private static final String VERIFY = "Verify order and buyer 核实客户信息";
    private static final By ACTIVE_TAB = By.cssSelector("ul.nav-tabs li.active a");

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;

    @Test
    void theNextTaskOpensOnItsFormAfterTheDiagramWasShown(Browser browser) {
        String first = fixtures.openCase(fixtures.deliveredOrder("雨伞 umbrella", "59.00", 2), "伞骨断了 a rib broke");
        String second = fixtures.openCase(fixtures.deliveredOrder("拖鞋 slippers", "29.00", 2), "尺码不对 wrong size");
        String firstTask = tasks.createTaskQuery().processInstanceBusinessKey(first).singleResult().getId();
        String secondTask = tasks.createTaskQuery().processInstanceBusinessKey(second).singleResult().getId();
        tasks.claim(firstTask, "agent1");
        tasks.claim(secondTask, "agent1");

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        tasklist.openCaseTask(first, VERIFY);
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Diagram']"));
        browser.showing(ACTIVE_TAB, "Diagram");
        browser.visible(By.cssSelector(".tab-content .djs-container svg"));

        tasklist.clearSearch();
        tasklist.searchCase(second);
        tasklist.openTask(VERIFY);
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("task=" + secondTask));
        browser.showing(ACTIVE_TAB, "Form");
        String address = browser.waitUntil(driver -> driver.getCurrentUrl());
        assertThat(address).doesNotContain("detailsTab=task-detail-diagram");

        // the process's name without its internal version tag
        String process = browser.visible(By.cssSelector("h4.process-definition")).getText().trim();
        assertThat(process).isEqualTo("After-sales case 售后服务").doesNotContain("(v.");
    }
}
