package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Failover in a real browser, through HAProxy, on the cluster of {@code config/cluster/start.sh} (the profile
 * {@code -Pcluster} starts it before and stops it after; the address comes in {@code KAM_URL}). Emma types a change
 * into her plan's edit form; the node holding her session is killed with {@code kill -9} before she saves. The save
 * must land on the other node with her session, her roles and the form's view intact. The killed node is then
 * started again and must rejoin: ready on its own port, UP in HAProxy, and a member of the Data Grid again.
 */
class FailoverJourneyIT {

    private static final String JOURNEY = "failover";
    private static final String STICKY_COOKIE = "KAMNODE";

    private final Path cluster = Path.of(System.getProperty("kam.cluster.dir", "../target/cluster"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start("en-GB");
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aKilledNodeLosesNeitherTheLoginNorTheFormAndComesBack() throws Exception {
        String app = kamUrl();
        long airbus = accountId(new URL(app), "Airbus Helicopters");
        String planPage = app + "plan/plan.xhtml?account=" + airbus;

        // 1. Emma logs in through HAProxy and opens her plan's edit form.
        browser.get(app + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("emma.kam");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        browser.get(planPage);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-content")));
        if (!browser.findElements(By.id("plan:rollForward")).isEmpty()) {
            browser.findElement(By.id("plan:rollForward")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "started for the next period"));
        }
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:summary")));

        // 2. She types a change and does not save yet.
        String change = " Failover check " + Instant.now().toEpochMilli() + ".";
        summary.sendKeys(change);
        String typed = summary.getAttribute("value");
        Chromium.screenshot(browser, JOURNEY, "1-typed");

        // 3. The node that holds her session (HAProxy's sticky cookie names it) is killed outright.
        String holder = stickyNode();
        long pid = Long.parseLong(Files.readString(cluster.resolve(holder + ".pid")).trim());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -9 " + pid);
        waitUntilGone(pid);

        // 4. She saves: the other node takes the request with her replicated session and view.
        browser.findElement(By.id("plan:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Plan version saved."));
        Chromium.screenshot(browser, JOURNEY, "2-saved-on-the-other-node");
        String survivor = stickyNode();
        assertNotEquals(holder, survivor, "HAProxy sent the save to the node that was killed");
        assertStillSignedInWithoutError();

        // The change is in the database: a fresh load of the page, served by the survivor, shows it.
        browser.get(planPage);
        WebElement reloaded = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:summary")));
        assertEquals(typed, reloaded.getAttribute("value"));
        assertStillSignedInWithoutError();

        // 5. The killed node starts again with the command start.sh used, and rejoins.
        Path log = cluster.resolve(holder).resolve("server.log");
        long logBefore = Files.size(log);
        Process restart = new ProcessBuilder("bash", cluster.resolve(holder).resolve("run.sh").toString())
                .inheritIO().start();
        assertTrue(restart.waitFor(30, TimeUnit.SECONDS) && restart.exitValue() == 0, "restart of " + holder);
        int port = Integer.parseInt(Files.readString(cluster.resolve(holder).resolve("http.port")).trim());
        waitFor(Duration.ofSeconds(420), () -> status("http://127.0.0.1:" + port + "/health/ready") == 200,
                holder + " ready again on its port " + port);
        int statsPort = Integer.parseInt(Files.readString(cluster.resolve("stats.port")).trim());
        waitFor(Duration.ofSeconds(180), () -> haproxyStatus(statsPort, holder).startsWith("UP"),
                holder + " UP in HAProxy");
        waitFor(Duration.ofSeconds(60), () -> gridMembers(log, logBefore) >= 2,
                holder + " a member of the Data Grid with the other node");
        assertTrue(haproxyStatus(statsPort, survivor).startsWith("UP"), survivor + " stayed UP");
    }

    /** HAProxy's sticky cookie: the name of the node that served the session's last request. */
    private String stickyNode() {
        Cookie cookie = browser.manage().getCookieNamed(STICKY_COOKIE);
        assertNotNull(cookie, "HAProxy set no " + STICKY_COOKIE + " cookie");
        return cookie.getValue();
    }

    private void assertStillSignedInWithoutError() {
        assertFalse(browser.getCurrentUrl().contains("login.xhtml"), "sent to the login page: " + browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("current-user")).isEmpty(), "no signed-in user on the page");
        String user = browser.findElement(By.id("current-user")).getText();
        assertTrue(user.toLowerCase(java.util.Locale.ROOT).contains("emma"), user);
        String body = browser.findElement(By.tagName("body")).getText();
        assertFalse(body.contains("HTTP Status") || body.contains("Internal Server Error")
                || body.contains("ViewExpired") || body.contains("the last action was not carried out"), body);
    }

    /** KAM_URL from the environment, else the address start.sh wrote next to the pids (-Pcluster). */
    private String kamUrl() throws IOException {
        String url = System.getenv("KAM_URL");
        if ((url == null || url.isBlank()) && Files.exists(cluster.resolve("kam.url"))) {
            url = Files.readString(cluster.resolve("kam.url")).trim();
        }
        assertNotNull(url, "KAM_URL is not set: start the cluster with config/cluster/start.sh");
        return url.endsWith("/") ? url : url + "/";
    }

    private static void waitUntilGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "node " + pid + " still alive");
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The status column of HAProxy's CSV statistics for one server of the backend {@code nodes}. */
    private String haproxyStatus(int statsPort, String server) {
        try {
            String csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            List<String> header = List.of(csv.lines().findFirst().orElseThrow().replaceFirst("^# ", "").split(","));
            int status = header.indexOf("status");
            return csv.lines().map(line -> line.split(","))
                    .filter(cells -> cells.length > status && "nodes".equals(cells[0]) && server.equals(cells[1]))
                    .map(cells -> cells[status]).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * The size of the Data Grid the node last reported in its log since the restart (Payara's "Data Grid State:
     * ... DG Size: N"); the restarted node appends to the log of its first life.
     */
    private static int gridMembers(Path log, long from) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            int start = (int) Math.min(from, bytes.length);
            String since = new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8);
            Matcher size = Pattern.compile("DG Size: (\\d+)").matcher(since);
            int last = 0;
            while (size.find()) {
                last = Integer.parseInt(size.group(1));
            }
            return last;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void waitFor(Duration limit, java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "not within " + limit.toSeconds() + " s: " + what);
            Thread.sleep(1000);
        }
    }
}
