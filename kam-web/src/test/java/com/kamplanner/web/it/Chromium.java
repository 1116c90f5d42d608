package com.kamplanner.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver: no Selenium Manager, no downloads, no network
 * beyond loopback. Screenshots of each journey step go to {@code target/screenshots}.
 */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start(String language) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=" + language,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profileDirectory());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The console's errors, read back by CspViolations: every journey fails on a Content-Security-Policy violation.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "SEVERE"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The deployment's URL on the loopback address: the only host the browser is allowed to resolve. */
    public static String loopback(java.net.URL base) {
        return base.getProtocol() + "://127.0.0.1:" + base.getPort() + base.getPath();
    }

    public static void screenshot(ChromeDriver driver, String journey, String step) {
        Path folder = Path.of(System.getProperty("kam.screenshots", "target/screenshots"), journey);
        try {
            Files.createDirectories(folder);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, folder.resolve(step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String profileDirectory() {
        try {
            Path base = Path.of(System.getProperty("kam.browserProfile", "target/chromium-profile"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "run").toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
