package org.policykg.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class, driven through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}); nothing is downloaded. Without them the tests are
 * skipped with a message, unless {@code POLICY_KG_REQUIRE_BROWSER=1} (set by CI) makes that a failure.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("POLICY_KG_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("POLICY_KG_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Where to save screenshots of the views (-Dpolicykg.screenshots=src/site/screenshots), or none. */
    private static final String SCREENSHOTS = System.getProperty("policykg.screenshots", "");

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "No Chromium at " + CHROMIUM + " or chromedriver at " + CHROMEDRIVER
                    + ": browser tests skipped (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("POLICY_KG_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message + "; POLICY_KG_REQUIRE_BROWSER=1 requires them");
            }
            Assumptions.abort(message);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,900",
                "--lang=en-US");
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the page and waits until its script has loaded its data (body[data-ready]). */
    void open(String url) {
        driver.get(url);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Saves a PNG of the window when screenshots were asked for. */
    void screenshot(String name) {
        if (SCREENSHOTS.isEmpty()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(SCREENSHOTS));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
