package org.policykg.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One headless Chromium per test class, driven through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}); nothing is downloaded. Without them the tests are
 * skipped with a message, unless {@code POLICY_KG_REQUIRE_BROWSER=1} (set by CI) makes that a failure.
 */
final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("POLICY_KG_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("POLICY_KG_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Where to save screenshots of the views (-Dpolicykg.screenshots=src/site/screenshots), or none. */
    private static final String SCREENSHOTS = System.getProperty("policykg.screenshots", "");

    private ChromeDriver driver;
    private String unavailable;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "No Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("POLICY_KG_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(missing + ", and POLICY_KG_REQUIRE_BROWSER=1 requires them");
            }
            String message = missing + ": browser tests skipped";
            log.warn(message);
            unavailable = message; // each test is then reported as skipped with this reason
            return;
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
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
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
