package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.support.Fixtures;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "Case 案件" tab beside a task: the case's agent sees its timeline (a delivered message, an open deadline with
 * the time left, the steps so far); another agent, whose case it is not, sees nothing of it.
 */
@E2eTest
class CaseTimelineE2eTest {

    private static final By TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[contains(normalize-space(.),'Case 案件')]");
    private static final By TIMELINE = By.cssSelector(".aftersales-timeline");

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCasesAgentSeesItsTimelineAnotherAgentSeesNone(Browser browser) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动牙刷 electric toothbrush", "129.00", 2),
                "刷头松了 the brush head is loose");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
        tasks.claim(taskId, "agent1");
        // the buyer's acknowledgement reached the chat system: recorded as the outbox relay records an accepted message
        OutboxMessage acknowledgement = fixtures.outbox(caseId).stream()
                .filter(message -> message.phrase() == Phrase.ACKNOWLEDGE).findFirst().orElseThrow();
        jdbc.update("update outbox_message set status = 'DELIVERED', attempts = 1, delivered_at = ? where id = ?",
                Timestamp.from(Instant.now()), acknowledgement.id());

        Tasklist.logIn(browser, "agent1");
        openTab(browser, taskId);
        browser.visible(TIMELINE);
        browser.showing(By.cssSelector(".aftersales-timeline h4"), "Case 案件 " + caseId);
        assertThat(browser.visible(By.cssSelector("[data-message-status='DELIVERED']")).getText())
                .isEqualTo("Delivered 已送达");
        String deadlineRow = browser.visible(By.cssSelector("[data-deadline-left]")).findElement(By.xpath("./ancestor::tr"))
                .getText();
        assertThat(deadlineRow).contains("10 min").contains("left 剩余");
        assertThat(browser.visible(TIMELINE).getText()).contains("agent1")
                // codes by their words: the case's status and step, the message as the buyer read it, its audience
                .contains("客户信息核实 Verification").contains("买家 Buyer")
                .doesNotContain("VERIFICATION").doesNotContain("ACKNOWLEDGE");
        assertThat(browser.visible(By.cssSelector("[data-phrase='ACKNOWLEDGE']")).getText())
                .isEqualTo(acknowledgement.body().split("\n")[0].length() > 40
                        ? acknowledgement.body().split("\n")[0].substring(0, 40) + "…"
                        : acknowledgement.body().split("\n")[0]);
        browser.scrollTo(browser.visible(By.cssSelector("[data-message-status='DELIVERED']")));
        browser.screenshot("tasklist-case-timeline");
    }

    @Test
    void anotherAgentSeesNoTimelineOfACaseThatIsNotTheirs(Browser browser) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("保温杯 thermos cup", "69.00", 2), "漏水 it leaks");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
        tasks.claim(taskId, "agent1");

        Tasklist.logIn(browser, "agent2");
        openTab(browser, taskId);
        browser.visible(By.cssSelector(".aftersales-no-case"));
        assertThat(browser.all(TIMELINE)).isEmpty();
        assertThat(browser.visible(By.cssSelector(".aftersales-case")).getText()).doesNotContain(caseId);
    }

    private static void openTab(Browser browser, String taskId) {
        browser.open("/camunda/app/tasklist/default/#/?task=" + taskId + "&detailsTab=after-sales-case-timeline");
        browser.click(TAB);
    }
}
