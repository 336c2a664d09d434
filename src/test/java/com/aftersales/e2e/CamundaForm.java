package com.aftersales.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) as Tasklist renders it, in the start dialog or in a task's detail.
 * Fields are found by their visible label, the way an agent finds them.
 */
final class CamundaForm {

    private final Browser browser;
    /** XPath of the part of the page that holds the form: the start dialog or the task's detail. */
    private final String scope;

    /** The form inside the element of that CSS class ({@code modal-dialog}, {@code task-details}), once rendered. */
    CamundaForm(Browser browser, String scopeClass) {
        this.browser = browser;
        this.scope = "//*[contains(concat(' ', normalize-space(@class), ' '), ' " + scopeClass + " ')]";
        browser.visible(form());
    }

    /** Everything the form shows as text: headings, the case summary, the suggested reply (话术), labels. */
    String text() {
        return browser.visible(form()).getText();
    }

    void type(String label, String text) {
        WebElement field = field(label);
        browser.scrollTo(field);
        field.sendKeys(text);
    }

    /** Clicks into the field and types at a person's pace ({@link Browser#typeLikeAPerson}). */
    void typeLikeAPerson(String label, String text) {
        browser.click(field(label));
        browser.typeLikeAPerson(text);
    }

    /** Presses Tab where the focus is (it moves to the next field, as a person moves on) and types the text there. */
    void tabAndTypeLikeAPerson(String text) {
        browser.typeLikeAPerson(Keys.TAB, text);
    }

    /** Selects what the field holds (Ctrl+A) and types the text over it at a person's pace. */
    void retypeLikeAPerson(String label, String text) {
        WebElement field = field(label);
        browser.click(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        browser.typeLikeAPerson(text);
    }

    /** What the field shows now, as the person sees it. */
    String valueOf(String label) {
        return field(label).getDomProperty("value");
    }

    /** Picks an option of a form-js select (a drop-down list, not an HTML select) by its visible text. */
    void choose(String label, String option) {
        WebElement group = label(label).findElement(By.xpath("following-sibling::div[contains(@class,'fjs-input-group')]"));
        browser.click(group.findElement(By.cssSelector(".fjs-select-display")));
        browser.click(group.findElement(By.xpath(
                "..//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), " + literal(option) + ")]")));
        browser.waitUntil(driver -> group.findElement(By.cssSelector(".fjs-select-display")).getText().contains(option));
    }

    /** Picks an answer of a form-js radio group by its visible text, as a person clicks it. */
    void pick(String option) {
        WebElement answer = browser.visible(By.xpath(scope + "//*[contains(@class,'fjs-form-field-radio')]"
                + "//label[contains(normalize-space(.), " + literal(option) + ")]"));
        WebElement radio = answer.getAttribute("for") != null && !answer.getAttribute("for").isEmpty()
                ? browser.visible(By.id(answer.getAttribute("for")))
                : answer.findElement(By.cssSelector("input[type='radio']"));
        browser.click(radio);
        browser.waitUntil(driver -> radio.isSelected());
    }

    void tick(String label) {
        WebElement checkbox = field(label);
        if (!checkbox.isSelected()) {
            browser.click(checkbox);
        }
    }

    /** The validation message form-js shows under the field, once there is one. */
    String errorOf(String label) {
        String id = label(label).getAttribute("for") + "-error-message";
        return browser.waitUntil(driver -> {
            String text = driver.findElement(By.id(id)).getText().trim();
            return text.isEmpty() ? null : text;
        });
    }

    /** Whether form-js shows the field as in error (outlined in red, its message under it). */
    boolean isMarked(String label) {
        return label(label).findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"))
                .getAttribute("class").contains("fjs-has-errors");
    }

    private WebElement field(String label) {
        return browser.visible(By.id(label(label).getAttribute("for")));
    }

    private WebElement label(String label) {
        return browser.visible(By.xpath(scope + "//label[contains(@class,'fjs-form-field-label')]"
                + "[contains(normalize-space(.), " + literal(label) + ")]"));
    }

    private By form() {
        return By.xpath(scope + "//form[contains(@class,'fjs-form')]");
    }

    /** An XPath string literal for text that may contain an apostrophe ("buyer's"). */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
