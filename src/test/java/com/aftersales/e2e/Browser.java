package com.aftersales.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the application, as a person at a desk uses it: logs in to a Camunda web
 * app, finds things by what they read, clicks, and keeps screenshots under {@code target/e2e/}.
 *
 * <p>The browser is the machine's {@link Chromium}; without it the tests are skipped (or fail, where required).
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e");

    /**
     * Generous for a loaded two-core CI machine; a wait ends as soon as its condition holds. A machine shared with
     * other builds may need more for the web apps' first start: {@code -De2e.patience=60} (seconds).
     */
    private static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("e2e.patience", 20));

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        // the web apps are AngularJS: an element found a moment ago may have been rendered anew since
        this.wait = (WebDriverWait) new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class);
    }

    /** A fresh browser (its own empty profile: no cookies, no stored Tasklist state) on the application's port. */
    static Browser start(int port) {
        // the web apps speak the browser's language: pin it, so texts like "Field is required." hold
        return start(port, BrowserLanguage.ENGLISH);
    }

    /**
     * A fresh browser whose preferred language is {@code language} (e.g. {@code zh-CN}), sent as a person's
     * browser sends it: Chromium's UI language and its Accept-Language, which also make navigator.languages.
     */
    static Browser start(int port, String language) {
        Chromium.missing().ifPresent(missing -> {
            throw new IllegalStateException(missing);
        });
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, "http://127.0.0.1:" + port);
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- logging in -----------------------------------------------------------------------------

    /** Logs in to a Camunda web app ({@code tasklist}, {@code cockpit}, {@code admin}) and waits for the user's name. */
    void logIn(String app, String user, String password) {
        submitLogin(app, user, password);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account > a")));
    }

    private void fill(By field, String text) {
        WebElement input = visible(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Tries to log in and returns the notification the login page shows instead of the app. */
    String refusedLogin(String app, String user, String password) {
        submitLogin(app, user, password);
        return wait.until(driver -> notifications().stream().findFirst().orElse(null));
    }

    private void submitLogin(String app, String user, String password) {
        open("/camunda/app/" + app + "/");
        By username = By.cssSelector("input[ng-model='username']");
        By secret = By.cssSelector("input[ng-model='password']");
        // the login page may still be rendering and move the focus: type until both fields hold what was typed
        wait.until(driver -> {
            fill(username, user);
            fill(secret, password);
            return user.equals(visible(username).getDomProperty("value"))
                    && password.equals(visible(secret).getDomProperty("value"));
        });
        click(By.cssSelector(".form-signin button[type='submit']"));
    }

    /**
     * Waits until the header names the user: the web apps show the user id first and the full
     * name once the profile has loaded.
     */
    void expectLoggedInAs(String fullName) {
        showing(By.cssSelector("li.account > a"), fullName);
    }

    /** Whether the page shows a logged-in user in its header. */
    boolean isLoggedIn() {
        return driver.findElements(By.cssSelector("li.account > a")).stream().anyMatch(WebElement::isDisplayed);
    }

    boolean showsLoginForm() {
        return driver.findElements(By.cssSelector(".form-signin input[ng-model='username']")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    // --- finding, waiting, clicking -------------------------------------------------------------

    void open(String path) {
        driver.get(base + path);
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits until the element shows exactly this text (after trimming), and returns it. */
    WebElement showing(By by, String text) {
        wait.until(driver -> {
            List<WebElement> found = driver.findElements(by);
            return !found.isEmpty() && found.get(0).isDisplayed() && found.get(0).getText().trim().equals(text);
        });
        return driver.findElement(by);
    }

    void click(By by) {
        click(visible(by));
    }

    /**
     * Clicks as a person does: scrolls the element to the middle of the window first (the page footer
     * covers the bottom edge), and closes notifications that pop up over it.
     */
    void click(WebElement element) {
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            dismissNotifications();
            element.click();
        }
    }

    /**
     * Types into the focused element one key at a time at a person's pace: 100 to 250 ms between keys, in a fixed
     * rhythm so that a run can be repeated. The keys and pauses go to the browser as one W3C action sequence, so the
     * browser keeps the rhythm itself; a round trip per key on a busy machine would stretch the pauses and hide
     * what a debounced input does to a person's typing (Selenium's sendKeys types a whole text at once).
     */
    void typeLikeAPerson(CharSequence... keys) {
        Actions typing = new Actions(driver);
        int key = 0;
        for (CharSequence part : keys) {
            boolean special = part instanceof Keys;
            String text = part.toString();
            for (int i = 0; i < text.length(); i += special ? text.length() : 1) {
                typing.sendKeys(special ? text : String.valueOf(text.charAt(i)))
                        .pause(Duration.ofMillis(KEY_RHYTHM_MILLIS[key++ % KEY_RHYTHM_MILLIS.length]));
            }
        }
        typing.perform();
    }

    private static final long[] KEY_RHYTHM_MILLIS = {120, 180, 250, 100, 210, 150};

    void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** What the page downloads from {@code href} with its own session (a link's target), as text. */
    String download(String href) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)"
                + ".catch(e => done('failed: ' + e));", href);
    }

    /** Scrolls so that the element's top is at the top of its scrolling area (for screenshots of a whole form). */
    void scrollToTop(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /** The texts of the notifications the app shows (bottom right, or at the top of a dialog). */
    List<String> notifications() {
        return driver.findElements(By.cssSelector(".notifications .alert")).stream()
                .filter(WebElement::isDisplayed).map(alert -> alert.getText().replace("×", "").trim()).toList();
    }

    /** Whether any shown notification overlaps the element (and so may hide it from the person). */
    boolean notificationCovers(WebElement element) {
        org.openqa.selenium.Rectangle target = element.getRect();
        return driver.findElements(By.cssSelector(".notifications .alert")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getRect).anyMatch(note -> note.x < target.x + target.width
                        && target.x < note.x + note.width && note.y < target.y + target.height
                        && target.y < note.y + note.height);
    }

    /** Waits for a notification containing the text and returns its whole text. */
    String notification(String containing) {
        return wait.until(driver -> notifications().stream().filter(text -> text.contains(containing)).findFirst()
                .orElse(null));
    }

    /** Closes the notifications at the bottom right, one by one, as they may cover buttons or a screenshot. */
    void dismissNotifications() {
        wait.until(driver -> {
            List<WebElement> open = driver.findElements(By.cssSelector(".page-notifications .alert button.close"))
                    .stream().filter(WebElement::isDisplayed).toList();
            if (open.isEmpty()) {
                return true;
            }
            open.get(0).click();
            return false;
        });
    }

    // --- screenshots ----------------------------------------------------------------------------

    /** Saves what the window shows as {@code target/e2e/<name>.png}. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Screenshot and page source, for finding out why a test failed. */
    void keepEvidence(String name) {
        screenshot(name);
        write(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless; the test's result matters more
        }
    }
}
