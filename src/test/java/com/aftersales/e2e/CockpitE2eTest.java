package com.aftersales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.support.Fixtures;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A service manager watches the cases in Cockpit. */
@E2eTest
class CockpitE2eTest {

    private static final String PROCESS = "After-sales case 售后服务";

    @Autowired Fixtures fixtures;
    @Autowired RuntimeService runtime;

    @Test
    void aManagerSeesTheRunningCasesAndTheDiagramOfTheAfterSalesCase(Browser browser) {
        fixtures.openCase(fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20), "鞋底开胶 the sole is coming off");
        // the application context is shared: count what the engine has now, as Cockpit should
        String running = String.valueOf(runtime.createProcessInstanceQuery()
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).count());
        String awaitingVerification = String.valueOf(runtime.createProcessInstanceQuery()
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).activityIdIn(Element.VERIFY_ORDER).count());

        Cockpit cockpit = Cockpit.logIn(browser, "manager1");
        browser.expectLoggedInAs("Chen Manager 主管");
        cockpit.openProcesses();
        assertThat(cockpit.processName(AfterSalesCase.PROCESS_KEY)).isEqualTo(PROCESS);
        assertThat(cockpit.runningInstances(AfterSalesCase.PROCESS_KEY)).isEqualTo(running);

        cockpit.openProcess(PROCESS);
        assertThat(cockpit.breadcrumb()).isEqualTo(PROCESS);
        assertThat(cockpit.runningInstancesOfCurrentVersion()).isEqualTo(running);
        assertThat(cockpit.diagramLabel(Element.VERIFY_ORDER)).contains("核实客户信息");
        assertThat(cockpit.waitingAt(Element.VERIFY_ORDER)).isEqualTo(awaitingVerification);
        browser.screenshot("cockpit-after-sales-case");
    }
}
