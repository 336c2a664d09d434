package com.aftersales.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as an agent, team lead or warehouse worker sees it: the role filters on the left,
 * the filter's tasks in the middle, the chosen task with its form on the right.
 */
final class Tasklist {

    private static final By FILTERS = By.cssSelector(".task-filters .task-filter");
    private static final By ACTIVE_COUNTER = By.cssSelector(".task-filters .task-filter.active .counter");
    /** The list's content, rendered anew each time a list has loaded. */
    private static final By LIST = By.xpath("//div[@cam-tasks]/div[@ng-if]");
    private static final By TASKS = By.cssSelector("ol.tasks-list h4.task a");
    private static final By NO_TASKS = By.xpath("//div[@cam-tasks]//div[contains(@class,'well')]"
            + "[contains(normalize-space(.), 'No task matching filters found.')]");
    private static final By TASK_NAME = By.cssSelector(".task-details h2.task");
    private static final String DETAILS = "task-details";
    private static final String START_DIALOG = "modal-dialog";

    private final Browser browser;

    private Tasklist(Browser browser) {
        this.browser = browser;
        browser.visible(FILTERS);
    }

    static Tasklist logIn(Browser browser, String user) {
        browser.logIn("tasklist", user, user);
        return new Tasklist(browser);
    }

    /** A task of one of the agent's cases, opened as the agent does: My cases, the case, the task; notices closed. */
    CamundaForm openCaseTask(String caseId, String taskName) {
        openFilter("My cases 我的案件");
        searchCase(caseId);
        CamundaForm form = openTask(taskName);
        browser.dismissNotifications();
        return form;
    }

    // --- filters and lists ----------------------------------------------------------------------

    /** The name of the chosen filter: after logging in, the one Tasklist opened for the person. */
    String activeFilter() {
        return filterName(browser.visible(By.cssSelector(".task-filters .task-filter.active")));
    }

    /** The names of the filters on the left, top to bottom. */
    List<String> filters() {
        return browser.all(FILTERS).stream().map(Tasklist::filterName).toList();
    }

    private static String filterName(WebElement filter) {
        // the link shows the name and, for the chosen filter, its task count
        WebElement link = filter.findElement(By.cssSelector("h4.name a"));
        String text = link.getText().trim();
        String count = link.findElement(By.cssSelector(".counter")).getText().trim();
        // the counter may still be filling in while the link is read: strip it only where it shows
        return !count.isEmpty() && text.endsWith(count) ? text.substring(0, text.length() - count.length()).trim() : text;
    }

    /**
     * Chooses a filter by name and waits until the list shows that filter's tasks. (Until then the list
     * still shows the previous filter's tasks, and the counter a placeholder 0.)
     */
    void openFilter(String name) {
        WebElement filter = browser.all(FILTERS).stream().filter(element -> filterName(element).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No filter '" + name + "' among " + filters()));
        if (filter.getAttribute("class").contains("active")) {
            return;
        }
        List<WebElement> previousList = browser.all(LIST);
        browser.click(filter.findElement(By.cssSelector("h4.name a")));
        browser.waitUntil(driver -> filter.getAttribute("class").contains("active"));
        previousList.forEach(list -> browser.waitUntil(ExpectedConditions.stalenessOf(list)));
    }

    /** Waits until the chosen filter counts this many tasks, and its list shows them. */
    void expectTaskCount(int count) {
        browser.showing(ACTIVE_COUNTER, String.valueOf(count));
        if (count == 0) {
            browser.visible(NO_TASKS);
        } else {
            browser.waitUntil(driver -> !driver.findElements(TASKS).isEmpty());
        }
    }

    /** The names of the tasks the list shows. */
    List<String> taskNames() {
        return browser.all(TASKS).stream().map(task -> task.getText().trim()).toList();
    }

    /** Narrows the list to one case, as an agent looks a case up: by its id, the business key. */
    void searchCase(String caseId) {
        focusSearchBox();
        browser.click(By.xpath("//li[contains(@class,'uib-typeahead-match')]/a[@title='Process Instance Business Key']"));
        List<WebElement> previousList = browser.all(LIST);
        By label = By.cssSelector(".search-label .value-field .view-value");
        // The new search's value editor can close before it takes a key (the list loading again takes its focus,
        // leaving "??"), and Enter removes the field, at times while the driver is still sending: type until the
        // search's label reads the case, opening the editor again as a person would, by clicking the value.
        browser.waitUntil(driver -> {
            if (driver.findElements(label).stream().anyMatch(shown -> caseId.equals(shown.getText().trim()))) {
                return true;
            }
            for (WebElement field : driver.findElements(By.cssSelector("input[ng-model='formData.editValue']"))) {
                if (field.isDisplayed()) {
                    try {
                        field.clear();
                        field.sendKeys(caseId + "\n");
                    } catch (org.openqa.selenium.StaleElementReferenceException committed) {
                        // the label says on the next look whether it took
                    }
                    return false;
                }
            }
            driver.findElements(label).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            return false;
        });
        previousList.forEach(list -> browser.waitUntil(ExpectedConditions.stalenessOf(list)));
        browser.showing(By.cssSelector(".search-label .value-field .view-value"), caseId);
    }

    /**
     * Types a case number, order or buyer into the list's search box at a person's pace and presses Enter, as an agent
     * looks a case up; waits for the list to load again and returns the search's label ("案件号、订单号或买家 …").
     */
    String search(String text) {
        focusSearchBox();
        List<WebElement> previousList = browser.all(LIST);
        browser.typeLikeAPerson(text, org.openqa.selenium.Keys.ENTER);
        previousList.forEach(list -> browser.waitUntil(ExpectedConditions.stalenessOf(list)));
        browser.showing(By.cssSelector(".search-label .value-field .view-value"), text);
        return browser.visible(By.cssSelector(".search-label .type-field .view-value")).getText().trim();
    }

    /** Changes the operator of the (one) search, "LIKE" to "=" say, as a person picks it, and waits for the list. */
    void searchOperator(String operator) {
        List<WebElement> previousList = browser.all(LIST);
        browser.click(By.cssSelector(".search-label .operator-field"));
        browser.click(By.xpath("//li[contains(@class,'uib-typeahead-match')]/a[@title='" + operator
                + "' or normalize-space(.)='" + operator + "']"));
        previousList.forEach(list -> browser.waitUntil(ExpectedConditions.stalenessOf(list)));
        browser.showing(By.cssSelector(".search-label .operator-field"), operator);
    }

    /** Removes the searches, as the cross on each search pill does, and waits for the list to load again. */
    /**
     * Clicks into the list's search box until it has the focus: a list that is still loading again (after a search
     * was removed) can take the focus back, and the keys typed next would go nowhere.
     */
    private void focusSearchBox() {
        By box = By.cssSelector("input[placeholder='Filter Tasks']");
        browser.click(box);
        browser.waitUntil(driver -> {
            WebElement input = driver.findElement(box);
            if (input.equals(driver.switchTo().activeElement())) {
                return true;
            }
            input.click();
            return false;
        });
    }

    void clearSearch() {
        for (WebElement remove : browser.all(By.cssSelector(".search-label .remove-search"))) {
            List<WebElement> previousList = browser.all(LIST);
            browser.click(remove);
            previousList.forEach(list -> browser.waitUntil(ExpectedConditions.stalenessOf(list)));
        }
    }

    /** The due date of each task card, as it reads ("Due in 10 minutes"), and whether it is marked overdue. */
    List<String> dueDates() {
        return browser.all(By.cssSelector("ol.tasks-list li.task .due-date")).stream()
                .map(due -> due.getText().trim() + (due.getAttribute("class").contains("overdue") ? " (overdue)" : ""))
                .toList();
    }

    /**
     * The whole text of each task card: name, process, dates and the filter's columns, every column shown (Tasklist
     * folds columns beyond the first two away behind "Show more").
     */
    List<String> taskCards() {
        // the folded columns slide open (and a list that refreshes folds them again): open what is folded, and read
        // the cards once nothing is folded and two reads a moment apart agree
        java.util.concurrent.atomic.AtomicReference<List<String>> previous = new java.util.concurrent.atomic.AtomicReference<>();
        return browser.waitUntil(driver -> {
            // (a card whose only column is the task's card is never folded: its shutter is hidden)
            List<WebElement> folded = browser.all(By.cssSelector("ol.tasks-list li.task .shutter[uib-tooltip='Show more']"))
                    .stream().filter(WebElement::isDisplayed).toList();
            for (WebElement more : folded) {
                browser.scrollTo(more); // a card low in the list sits behind the footer
                try {
                    browser.click(more);
                } catch (org.openqa.selenium.ElementClickInterceptedException stillSliding) {
                    // the list was still scrolling or refreshing under the footer: the next look opens it
                }
            }
            List<String> cards = browser.all(By.cssSelector("ol.tasks-list li.task")).stream()
                    .map(card -> card.getText().trim()).toList();
            if (folded.isEmpty() && cards.equals(previous.getAndSet(cards))) {
                return cards;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    // --- one task ------------------------------------------------------------------------------

    /** Opens a task of the list by its name and waits for its form. */
    CamundaForm openTask(String name) {
        // a name may hold an apostrophe ("Record the buyer's decision"): quote it with the other kind
        String literal = name.contains("'") ? "\"" + name + "\"" : "'" + name + "'";
        browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)="
                + literal + "]"));
        browser.showing(TASK_NAME, name);
        return new CamundaForm(browser, DETAILS);
    }

    /** Claims the open task: its form becomes editable. */
    void claim() {
        browser.click(By.cssSelector(".task-details button.claim"));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".task-details button.claim")).isEmpty()
                && driver.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty());
    }

    /** The open task's assignee, as the task's header shows it. */
    String assignee() {
        return browser.visible(By.cssSelector(".task-details .assignee")).getText().trim();
    }

    private static final By COMPLETE = By.xpath("//*[contains(@class,'task-details')]"
            + "//div[contains(@class,'form-actions')]//button[normalize-space(.)='Complete']");

    /** Clicks "Complete" under the open task's form. */
    void complete() {
        browser.click(COMPLETE);
    }

    /** The open task's "Complete" button, e.g. to see what covers it. */
    WebElement completeButton() {
        return browser.visible(COMPLETE);
    }

    // --- starting a process ---------------------------------------------------------------------

    /** "Start process" in the header, then the process by name: returns its start form. */
    CamundaForm startProcess(String processName) {
        browser.click(By.cssSelector("li.start-process-action a"));
        browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='" + processName + "']"));
        browser.showing(By.cssSelector(".modal-dialog .modal-title"), "Start process: " + processName);
        return new CamundaForm(browser, START_DIALOG);
    }

    /** Scrolls the start dialog back to its title. */
    void showStartDialogFromTop() {
        browser.scrollToTop(browser.visible(By.cssSelector(".modal-dialog .modal-header")));
    }

    /** Clicks "Start" at the bottom of the start dialog. */
    void submitStartForm() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"));
    }

    boolean startDialogOpen() {
        return browser.all(By.cssSelector(".modal-dialog")).stream().anyMatch(WebElement::isDisplayed);
    }
}
