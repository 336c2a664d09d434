package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.AfterSalesApplication;
import com.aftersales.kpi.KpiScenario;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service manager's view in a real browser: the "After-sales" plugin on Cockpit's dashboard, its
 * tab on the after-sales-case definition and the overdue badges on the diagram, over the fortnight of
 * {@link KpiScenario} (an application of its own, so that the numbers are exactly the scenario's).
 */
@Tag("own-jvm")
@Tag("e2e")
@ExtendWith(Chromium.class)
class KpiDashboardE2eTest {

    private static ConfigurableApplicationContext context;
    private Browser browser;

    @BeforeAll
    static void startWithAFortnightOfCases() {
        context = new SpringApplicationBuilder(AfterSalesApplication.class, Fixtures.class, FailingPaymentGateway.class)
                .profiles("test").run("--server.port=0");
        new KpiScenario(context).run();
        // one message the relay gave up on (MessageDeliveryTest shows a real receiver getting it there)
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("update outbox_message set status = "
                + "'FAILED', attempts = 10, last_error = 'webhook: answered 503' where id = (select min(id) from outbox_message)");
        // a lost parcel in the register, and a parcel marked shipped two days ago that no carrier has scanned since
        java.sql.Timestamp now = new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime());
        jdbc.update("insert into shipping_register (case_id, kind, order_id, carrier, tracking_number, amount, registered_at) "
                + "values ('AS-LOST-1', 'LOST', 'TB-LOST-1', '顺丰 SF', 'SF7700001', 199.00, ?)", now);
        jdbc.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, shipping_state, carrier, "
                + "tracking_number, last_event_at, created_at) values ('TB-NOSCAN-1', 'buyer-noscan', '保温杯', 69.00, "
                + "'SHIPPED', '中通 ZTO', 'ZT7700002', ?, ?)", new java.sql.Timestamp(now.getTime() - 2 * 86_400_000L), now);
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        context.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String kpi(String name) {
        return browser.visible(By.cssSelector("[data-kpi='" + name + "']")).getText().trim();
    }

    private void period(String code) {
        browser.click(By.cssSelector(".aftersales-periods button[data-period='" + code + "']"));
        browser.visible(By.cssSelector(".aftersales-kpi[data-loaded-period='" + code + "']"));
    }

    @Test
    void theManagerSeesTheAfterSalesFiguresOnTheCockpitDashboard() throws Exception {
        try {
            Cockpit.logIn(browser, "manager1");
            browser.expectLoggedInAs("Chen Manager 主管");
            browser.visible(By.cssSelector(".aftersales-kpi[data-loaded-period='7d']"));
            period("30d");

            assertThat(kpi("open-cases")).isEqualTo("4");
            assertThat(kpi("closed-cases")).isEqualTo("7");
            assertThat(kpi("exchange-rate")).isEqualTo("75 %");
            assertThat(kpi("satisfied-share")).isEqualTo("80 %");
            assertThat(kpi("average-score")).isEqualTo("3.60");
            assertThat(kpi("refunds-count")).isEqualTo("2");
            assertThat(kpi("refunds-amount")).isEqualTo("¥257.00");
            assertThat(kpi("dispute-rate")).isEqualTo("14.3 %");
            assertThat(kpi("seller-liable")).isEqualTo("1");
            assertThat(kpi("penalties")).isEqualTo("1");
            assertThat(kpi("reviews-revised")).isEqualTo("1 of 1");
            assertThat(kpi("refunds-incidents")).isEqualTo("1");
            assertThat(kpi("open-VERIFICATION")).isEqualTo("2");
            assertThat(kpi("past-" + Element.LOOKUP_WINDOW)).isEqualTo("2");
            assertThat(kpi("resolution-EXCHANGE")).isEqualTo("3");
            assertThat(kpi("agent-closed-agent1")).isEqualTo("5");
            assertThat(kpi("breach-" + Element.EVIDENCE_REPLY)).isEqualTo("1");
            assertThat(kpi("messages-failed")).isEqualTo("1");
            assertThat(browser.visible(By.cssSelector("[data-failed-message]")).findElement(By.xpath("./ancestor::tr"))
                    .getText()).contains("webhook: answered 503", "10");
            // money beyond refunds, tiers, logistics, the register and the fake-shipment risk
            assertThat(kpi("remedies-COUPON")).isEqualTo("1");
            assertThat(kpi("tier-closed-NORMAL")).isEqualTo("7");
            assertThat(kpi("register-LOST")).isEqualTo("1");
            assertThat(kpi("lost-顺丰 SF")).isEqualTo("1");
            assertThat(kpi("not-picked-up")).isEqualTo("1");
            browser.scrollToTop(browser.visible(By.cssSelector("[data-kpi='register-LOST']")).findElement(
                    By.xpath("./ancestor::section[1]")));
            browser.screenshot("cockpit-after-sales-register");
            browser.scrollToTop(browser.visible(By.cssSelector(".aftersales-kpi")));
            Path shot = browser.screenshot("cockpit-after-sales-kpis");
            assertThat(Files.size(shot)).isPositive();

            // a figure leads to its instances: the definition's page with Cockpit's instance search
            browser.click(By.cssSelector("a[data-kpi='open-VERIFICATION']"));
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("/runtime?searchQuery="));
            assertThat(java.net.URLDecoder.decode(browser.waitUntil(driver -> driver.getCurrentUrl()),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("\"value\":\"" + Element.VERIFY_ORDER + "\"");
            // Cockpit lists the instances the search matches: the two cases waiting at verification
            browser.waitUntil(driver -> driver.findElements(By.cssSelector("[cam-searchable-area] tbody tr")).size() == 2);
            browser.screenshot("cockpit-after-sales-kpi-link");
        } catch (RuntimeException | Error failure) {
            browser.keepEvidence("FAILED-KpiDashboardE2eTest-dashboard");
            throw failure;
        }
    }

    @Test
    void theDefinitionTabAndTheDiagramShowTheCasesWaitingPastADeadline() {
        try {
            Cockpit cockpit = Cockpit.logIn(browser, "manager1");
            browser.expectLoggedInAs("Chen Manager 主管");
            cockpit.openProcesses();
            cockpit.openProcess("After-sales case 售后服务");
            assertThat(browser.visible(By.cssSelector("[data-overdue='" + Element.VERIFY_ORDER + "']")).getText().trim())
                    .isEqualTo("2");
            browser.click(By.xpath("//a[contains(normalize-space(.), 'After-sales KPIs')]"));
            browser.visible(By.cssSelector(".aftersales-kpi[data-loaded-period='7d']"));
            period("30d");
            assertThat(kpi("exchange-rate")).isEqualTo("75 %");
            assertThat(kpi("open-cases")).isEqualTo("4");
            browser.screenshot("cockpit-after-sales-overdue");
        } catch (RuntimeException | Error failure) {
            browser.keepEvidence("FAILED-KpiDashboardE2eTest-tab");
            throw failure;
        }
    }
}
