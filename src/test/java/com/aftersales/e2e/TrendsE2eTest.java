package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The managers' trends on Cockpit's dashboard: daily charts over 30 and 90 days (uPlot, bundled with the plugin) and
 * the period's cases as CSV, downloaded with the manager's own session.
 */
@E2eTest
class TrendsE2eTest {

    @Autowired Fixtures fixtures;

    @Test
    void aManagerSeesDailyChartsAndDownloadsThePeriodsCases(Browser browser) {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("加湿器 humidifier", "149.00", 2), "漏水 it leaks");

        Cockpit.logIn(browser, "manager1");
        browser.visible(By.cssSelector(".aftersales-trends[data-loaded-days='30']"));
        List<String> charts = browser.all(By.cssSelector(".aftersales-trends [data-chart]")).stream()
                .map(chart -> chart.getAttribute("data-chart")).toList();
        assertThat(charts).containsExactly("cases", "rates", "refunds");
        assertThat(browser.all(By.cssSelector(".aftersales-trends [data-chart] canvas"))).hasSize(3);
        assertThat(browser.visible(By.cssSelector("[data-chart='cases']")).getAttribute("data-points")).isEqualTo("30");
        assertThat(browser.visible(By.cssSelector("[data-chart='cases']")).getText()).contains("opened 新建", "closed 结案");
        browser.scrollToTop(browser.visible(By.cssSelector(".aftersales-trends")));
        browser.screenshot("cockpit-trends");

        String csv = browser.download(browser.visible(By.cssSelector("[data-csv]")).getAttribute("href"));
        List<String> rows = Arrays.asList(csv.split("\r?\n"));
        assertThat(rows.get(0)).isEqualTo("caseId,openedAt,closedAt,state,issueType,resolution,outcome");
        assertThat(rows).filteredOn(row -> row.startsWith(caseId + ",")).singleElement().asString()
                .contains(",ACTIVE,");

        browser.click(By.cssSelector(".aftersales-trends button[data-days='90']"));
        browser.visible(By.cssSelector(".aftersales-trends[data-loaded-days='90']"));
        assertThat(browser.visible(By.cssSelector("[data-chart='cases']")).getAttribute("data-points")).isEqualTo("90");
    }
}
