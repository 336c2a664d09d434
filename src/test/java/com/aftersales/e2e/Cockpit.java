package com.aftersales.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit as a service manager watches it: the deployed processes and one process's diagram. */
final class Cockpit {

    private final Browser browser;

    private Cockpit(Browser browser) {
        this.browser = browser;
    }

    static Cockpit logIn(Browser browser, String user) {
        browser.logIn("cockpit", user, user);
        return new Cockpit(browser);
    }

    /** "Processes" in the header: the list of process definitions. */
    void openProcesses() {
        browser.click(By.xpath("//a[normalize-space(.)='Processes']"));
        browser.visible(processRow("after-sales-case"));
    }

    /** The name the process list shows for a process key. */
    String processName(String key) {
        return browser.visible(processRow(key)).findElement(By.cssSelector("td.name")).getText().trim();
    }

    /** The running instances the process list counts for a process key, once Cockpit has counted them. */
    String runningInstances(String key) {
        WebElement cell = browser.visible(processRow(key)).findElement(By.cssSelector("td.instances"));
        return browser.waitUntil(driver -> cell.getText().isBlank() ? null : cell.getText().trim());
    }

    /** Opens a process from the list by its name: the definition page with the diagram. */
    void openProcess(String name) {
        browser.click(By.xpath("//td[contains(@class,'name')]//a[normalize-space(.)='" + name + "']"));
        browser.visible(By.cssSelector(".djs-container svg"));
    }

    /** The running instances of the current version, as the definition page's side bar shows them. */
    String runningInstancesOfCurrentVersion() {
        return browser.visible(By.cssSelector(".running-instances strong.current-version")).getText().trim();
    }

    /** Where the breadcrumb says the manager is, e.g. "After-sales case 售后服务". */
    String breadcrumb() {
        return browser.visible(By.cssSelector(".cam-breadcrumb li.active .text")).getText().trim();
    }

    /** The label of a diagram element (its name in the model), as drawn. */
    String diagramLabel(String elementId) {
        return browser.visible(By.cssSelector(".djs-element[data-element-id='" + elementId + "'] .djs-label"))
                .getText().replace('\n', ' ').trim();
    }

    private static By processRow(String key) {
        return By.xpath("//tr[td[contains(@class,'key')]//a[normalize-space(.)='" + key + "']]");
    }

    /** The badge on a diagram element that counts the instances waiting there. */
    String waitingAt(String elementId) {
        return browser.visible(By.cssSelector(".djs-overlays[data-container-id='" + elementId + "'] .badge.instance-count"))
                .getText().trim();
    }
}
