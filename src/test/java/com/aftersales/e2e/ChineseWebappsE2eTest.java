package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web apps speak the language of the browser: Chinese to a browser set to Chinese (our zh.json), English to
 * any other; and the vendor's end-of-life banner is hidden from the staff in Tasklist and Cockpit but not from the
 * administrators in Admin.
 */
@E2eTest
class ChineseWebappsE2eTest {

    private static final String CHINESE = "zh-CN";
    private static final String PROCESS = "After-sales case 售后服务";
    private static final String TEAM_QUEUE = "Team queue 团队待办";
    private static final String VERIFY_ORDER = "Verify order and buyer 核实客户信息";
    private static final By BANNER = By.cssSelector("[cam-widget-header] .ce-eol-banner");

    @Autowired Fixtures fixtures;

    @Test
    void anAgentWhoseBrowserIsChineseWorksInAChineseTasklist(@BrowserLanguage(CHINESE) Browser browser) {
        fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "拖把电池充不进电");

        browser.open("/camunda/app/tasklist/");
        assertThat(browser.visible(By.cssSelector(".form-signin input[ng-model='username']")).getDomAttribute("placeholder"))
                .isEqualTo("用户名");
        assertThat(browser.visible(By.cssSelector(".form-signin input[ng-model='password']")).getDomAttribute("placeholder"))
                .isEqualTo("密码");
        browser.showing(By.cssSelector(".form-signin button[type='submit']"), "登录");
        browser.screenshot("tasklist-login-zh");

        Tasklist tasklist = Tasklist.logIn(browser, "agent1");
        browser.showing(By.cssSelector("li.start-process-action a"), "发起流程");
        assertThat(browser.visible(By.cssSelector(".no-task")).getText()).contains("请在列表中选择一个任务。");
        assertThat(browser.visible(By.cssSelector("input.main-field")).getDomAttribute("placeholder"))
                .isEqualTo("筛选任务");
        expectNoBanner(browser);

        tasklist.openFilter(TEAM_QUEUE);
        tasklist.openTask(VERIFY_ORDER);
        browser.showing(By.cssSelector(".task-details button.claim"), "认领");
        assertThat(tabs(browser)).contains("表单", "历史", "流程图", "描述");
        browser.dismissNotifications();
        browser.screenshot("tasklist-zh");
    }

    @Test
    void aManagerWhoseBrowserIsChineseWatchesTheCasesInAChineseCockpit(@BrowserLanguage(CHINESE) Browser browser) {
        Cockpit cockpit = Cockpit.logIn(browser, "manager1");
        expectTexts(browser, "当前概况", "运行中的流程实例", "未解决的故障", "未完成的人工任务", "已部署", "流程定义", "决策定义");
        assertThat(navigation(browser)).contains("流程", "决策", "人工任务", "更多");
        expectNoBanner(browser);
        browser.screenshot("cockpit-zh");

        browser.click(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='流程']"));
        cockpit.openProcess(PROCESS);
        assertThat(cockpit.breadcrumb()).isEqualTo(PROCESS);
        expectTexts(browser, "定义版本：", "定义键：", "运行中的实例：", "当前版本：", "所有版本：", "流程实例");
        browser.screenshot("cockpit-process-zh");
    }

    @Test
    void anEnglishBrowserStillGetsEnglishAndNoBanner(Browser browser) {
        browser.open("/camunda/app/tasklist/");
        browser.showing(By.cssSelector(".form-signin button[type='submit']"), "Log in");

        Tasklist.logIn(browser, "lead1");
        browser.showing(By.cssSelector("li.start-process-action a"), "Start process");
        assertThat(browser.visible(By.cssSelector(".no-task")).getText()).contains("Select a task in the list.");
        expectNoBanner(browser);

        // one login serves every web app the user may open: a team lead also watches Cockpit
        browser.open("/camunda/app/cockpit/");
        expectTexts(browser, "Right Now", "Running Process Instances", "Open Incidents", "Deployed");
        expectNoBanner(browser);
        browser.screenshot("cockpit-en");
    }

    @Test
    void administratorsStillSeeTheEndOfLifeBannerInAdmin(@BrowserLanguage(CHINESE) Browser browser) {
        browser.logIn("admin", "admin", "admin");
        WebElement banner = browser.visible(BANNER);
        assertThat(banner.getText()).contains("是时候迁移到 Camunda 8 了", "迁移指南");
        expectTexts(browser, "用户", "组", "授权", "系统");
        browser.screenshot("admin-zh");
    }

    /** The banner is still rendered (so this proves the style hides it, not that Camunda dropped it), unseen. */
    private static void expectNoBanner(Browser browser) {
        List<WebElement> banners = browser.all(BANNER);
        assertThat(banners).as("the end-of-life banner in the page").isNotEmpty();
        assertThat(banners).noneMatch(WebElement::isDisplayed);
    }

    private static void expectTexts(Browser browser, String... texts) {
        browser.waitUntil(driver -> {
            String page = driver.findElement(By.tagName("body")).getText();
            return List.of(texts).stream().allMatch(page::contains);
        });
    }

    /** The header's links as shown (the closed "more" menu's links show no text). */
    private static List<String> navigation(Browser browser) {
        return browser.all(By.cssSelector("[cam-widget-header] a")).stream()
                .map(link -> link.getText().trim()).filter(text -> !text.isEmpty()).toList();
    }

    private static List<String> tabs(Browser browser) {
        return browser.all(By.cssSelector(".task-details .nav-tabs li a")).stream()
                .map(tab -> tab.getText().trim()).toList();
    }
}
