package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.DeadlineProperties;
import com.aftersales.support.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every task shows when it is due, and the "Overdue 已超时" filter lists what is late. */
@E2eTest
class TasklistDeadlinesE2eTest {

    private static final String OVERDUE = "Overdue 已超时";
    private static final String VERIFY_ORDER = "Verify order and buyer 核实客户信息";

    @Autowired Fixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired DeadlineProperties deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAgentSeesDueDatesAndTheOverdueFilterListsTheCaseNobodyLookedUp(Browser browser) {
        // a case that came in an hour and a half ago: its look-up was due long since
        Instant now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now.minus(deadlines.lookup()).minus(Duration.ofMinutes(80))));
        String late = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把坏了 the mop broke");
        ClockUtil.reset();
        String fresh = fixtures.openCase(fixtures.deliveredOrder("手机壳 phone case", "39.00", 3), "手机壳裂了 cracked");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(late).singleResult().getDueDate())
                .isBefore(Date.from(now));

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        assertThat(tasklist.filters()).containsExactly("My cases 我的案件", OVERDUE, "Team queue 团队待办");
        tasklist.openFilter(OVERDUE);
        tasklist.searchCase(fresh);
        tasklist.expectTaskCount(0);
        tasklist.clearSearch();
        tasklist.searchCase(late);
        tasklist.expectTaskCount(1);
        assertThat(tasklist.taskNames()).containsExactly(VERIFY_ORDER);
        assertThat(tasklist.dueDates()).singleElement().asString().startsWith("Due").endsWith("ago (overdue)");
        browser.screenshot("tasklist-overdue");

        tasklist.openFilter("Team queue 团队待办");
        tasklist.clearSearch();
        tasklist.searchCase(fresh);
        tasklist.expectTaskCount(1);
        assertThat(tasklist.dueDates()).singleElement().asString().startsWith("Due in").doesNotContain("overdue");
    }
}

