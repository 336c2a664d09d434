package com.aftersales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Http;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The KPI queries on H2 (the default database), and who may see them over HTTP. */
class KpiQueriesH2Test extends KpiQueriesTestBase {

    @BeforeAll
    static void startOnH2() {
        start();
    }

    private static int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static CockpitSession cockpit(String user) {
        return CockpitSession.logIn(port(), context.getBean(ProcessEngine.class).getName(), user);
    }

    @Test
    void managersTeamLeadsAndAdministratorsGetTheFiguresOfThePluginResource() {
        for (String user : new String[] {"manager1", "lead1", "admin"}) {
            HttpResponse<String> response = cockpit(user).plugin("kpis?period=30d");
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            assertThat(response.body()).contains("\"exchangeRate\":{\"exchanges\":3,\"returns\":1,\"rate\":0.75}");
        }
        HttpResponse<String> overlay = cockpit("manager1").plugin("waiting-past-deadline?processDefinitionId=" + caseDefinitionId());
        assertThat(overlay.body()).isEqualTo("{\"user_verify_order\":2}");
        assertThat(cockpit("manager1").plugin("kpis?period=1y").statusCode()).isEqualTo(400);
        HttpResponse<String> undelivered = cockpit("manager1").plugin("undelivered-messages");
        assertThat(undelivered.statusCode()).isEqualTo(200);
        assertThat(undelivered.body()).contains("\"failed\":0", "\"latestFailed\":[]").containsPattern("\"pending\":[1-9]");
    }

    @Test
    void theTrendsAndTheCsvOfThePeriodsCasesForAManager() {
        HttpResponse<String> trends = cockpit("manager1").plugin("trends?days=90");
        assertThat(trends.statusCode()).isEqualTo(200);
        assertThat(trends.body().split("\\{\"day\":")).hasSize(91);
        assertThat(cockpit("manager1").plugin("trends?days=7").statusCode()).isEqualTo(400);
        assertThat(cockpit("finance1").plugin("trends?days=30").statusCode()).isEqualTo(403);

        HttpResponse<String> csv = cockpit("manager1").download("cases.csv?days=30");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("caseId,openedAt,closedAt,state,issueType,resolution,outcome");
        long opened = kpis().trends(30, scenario.now(), ZONE).stream().mapToLong(TrendDay::opened).sum();
        assertThat(rows).hasSize((int) opened + 1);
        assertThat(rows).anyMatch(row -> row.matches("AS-\\d{8}-\\w{8},\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,.*,COMPLETED,.*,RESOLVED"));
        assertThat(cockpit("finance1").download("cases.csv?days=30").statusCode()).isEqualTo(403);
    }

    @Test
    void aCockpitUserOutsideTheAllowedGroupsGets403FromThePluginResource() {
        HttpResponse<String> response = cockpit("finance1").plugin("kpis?period=7d");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("exchangeRate");
        assertThat(cockpit("finance1").plugin("waiting-past-deadline?processDefinitionId=x").statusCode()).isEqualTo(403);
        assertThat(cockpit("finance1").plugin("undelivered-messages").statusCode()).isEqualTo(403);
    }

    @Test
    void prometheusIsForManagersAndAdministratorsOnly() {
        Http http = new Http(port());
        HttpResponse<String> metrics = scrape("manager1");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("aftersales_cases_closed_total{outcome=\"RESOLVED\",resolution=\"EXCHANGE\"} 3.0")
                .contains("aftersales_refunds_paid_total 2.0")
                .contains("aftersales_refunds_paid_amount_yuan_total 257.0")
                .contains("aftersales_disputes_total{verdict=\"SELLER_LIABLE\"} 1.0")
                .contains("aftersales_cases_open{step=\"VERIFICATION\"} 2.0")
                .contains("aftersales_time_to_close_seconds_count{outcome=\"RESOLVED\"} 5")
                .containsPattern("aftersales_messages_pending [1-9]")
                .contains("aftersales_messages_delivered_total 0.0", "aftersales_messages_failed_total 0.0");
        assertThat(scrape("admin").statusCode()).isEqualTo(200);
        assertThat(scrape("lead1").statusCode()).isEqualTo(403);
        assertThat(scrape("agent1").statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    /** As Prometheus scrapes: plain text, HTTP Basic. */
    private static HttpResponse<String> scrape(String user) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port() + "/actuator/prometheus"))
                    .header("Accept", "text/plain")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cockpitLoadsThePluginsFrontEnd() {
        CockpitSession session = cockpit("manager1");
        HttpResponse<String> script = session.get("/camunda/api/cockpit/plugin/" + AfterSalesKpiPlugin.ID + "/static/app/plugin.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("pluginPoint: 'cockpit.dashboard'")
                .contains("pluginPoint: 'cockpit.processDefinition.runtime.tab'")
                .contains("pluginPoint: 'cockpit.processDefinition.diagram.plugin'");
        assertThat(session.get("/camunda/app/cockpit/" + context.getBean(ProcessEngine.class).getName() + "/").body())
                .contains(AfterSalesKpiPlugin.ID);
    }
}
