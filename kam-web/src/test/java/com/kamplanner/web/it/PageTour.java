package com.kamplanner.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One visit of every page a person can reach from their home page, by following the links the pages show them:
 * a full-page screenshot at 1,366 px, and the layout checks of {@code tour/layout-checks.js} (content overflowing
 * its card or cell, a label away from its field, an untranslated code, a page that scrolls sideways). Within the same
 * visit the window is narrowed to a tablet's 768 px, then, for the pages used on the move, to a phone's 390 px, and
 * {@code tour/narrow-checks.js} looks for sideways scrolling and cut-off controls there (and, on the phone, for a
 * menu folded into one button): narrowing is cheaper than a second visit. The pages are found, not listed, so a
 * page added to a menu or an account tab joins the tour by itself; one page is visited per path, whatever its
 * query, so an account's pages are seen once, for the first account the person sees.
 *
 * <p>Each page, as loaded at 1,366 px, is also checked by axe-core (vendored in {@code axe/axe.min.js}, with its
 * licence) against the WCAG 2.0 and 2.1 A and AA rules (issue 16, section 6): every serious or critical violation is a
 * finding, with its rule, its count and its first targets, so the run lists them all at the end. No rule is switched
 * off; a rule may only be tolerated in {@link #AXE_KNOWN}, with the reason written there.
 *
 * <p>Every Content-Security-Policy violation Chromium reports in the console while a page loads and is checked is a
 * finding too (issue 16, section 3), so a script without the page's nonce or an inline handler fails the tour.
 */
final class PageTour {

    static final int WIDTH = 1366;
    static final int TABLET = 768;
    static final int PHONE = 390;
    /**
     * The pages a person uses on the move (issue 21, section 3), the notifications the bell leads to among them:
     * seen at a phone's width too, where they must not scroll sideways. Every other page need only work on a tablet.
     */
    private static final Set<String> ON_THE_MOVE = Set.of("index.xhtml", "plan/team.xhtml", "accounts/account.xhtml",
            "notifications.xhtml");
    private static final int MAX_PAGES = 60;
    /** Pages that act when opened, or are not views: not visited. */
    private static final Set<String> SKIPPED = Set.of("logout.xhtml", "login.xhtml");
    private static final String CHECKS = read("tour/layout-checks.js");
    private static final String NARROW_CHECKS = read("tour/narrow-checks.js");
    private static final String AXE = read("axe/axe.min.js");
    private static final String AXE_RUN = read("tour/axe-run.js");
    /**
     * Serious or critical axe rules known to fail and not yet fixed, each with the reason: reported in
     * {@code axe.txt}, not failing the tour, so that anything new does. Empty: every page passes.
     */
    static final Map<String, String> AXE_KNOWN = Map.of();

    private final ChromeDriver browser;
    private final String app;
    private final Path folder;
    private final List<String> codes;
    private final List<String> findings = new ArrayList<>();
    private final List<String> accessibility = new ArrayList<>();
    private final Map<String, String> visited = new LinkedHashMap<>();
    /** Time spent in whole visits, and in the narrowed checks within them: what narrowing adds to CI. */
    private long visitNanos;
    private long narrowNanos;

    PageTour(ChromeDriver browser, String app, String name, Set<String> codes) {
        this.browser = browser;
        this.app = app;
        this.folder = Path.of(System.getProperty("kam.screenshots", "target/screenshots"), "tour", name);
        this.codes = List.copyOf(codes);
    }

    /** Visits every page reachable from the home page, checks and photographs each, and returns the findings. */
    List<String> visitAll() {
        Deque<String> next = new ArrayDeque<>(List.of(app + "index.xhtml"));
        Map<String, String> queued = new LinkedHashMap<>(Map.of("index.xhtml", app + "index.xhtml"));
        while (!next.isEmpty() && visited.size() < MAX_PAGES) {
            String url = next.removeFirst();
            String page = page(url);
            long start = System.nanoTime();
            visit(url, page);
            visitNanos += System.nanoTime() - start;
            for (String link : links()) {
                String linked = page(link);
                if (!queued.containsKey(linked) && !SKIPPED.contains(linked)) {
                    queued.put(linked, link);
                    next.addLast(link);
                }
            }
        }
        write("pages.txt", String.join("\n", visited.values()));
        write("timing.txt", String.format("%d pages visited in %d ms, of which %d ms narrowed to %d and %d px (%.1f %%)",
                visited.size(), visitNanos / 1_000_000, narrowNanos / 1_000_000, TABLET, PHONE,
                100.0 * narrowNanos / Math.max(1, visitNanos)));
        write("findings.txt", String.join("\n", findings));
        write("axe.txt", String.join("\n", accessibility));
        return findings;
    }

    Map<String, String> visited() {
        return visited;
    }

    private void visit(String url, String page) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
        landmarks(page);
        String step = String.format("%02d-%s", visited.size() + 1, page.replace(".xhtml", "").replace('/', '-'));
        visited.put(page, step + " " + url);
        resize(900);
        axe(page);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(CHECKS, codes);
        found.forEach(finding -> findings.add(page + ": " + finding));
        screenshot(step);
        boolean onTheMove = ON_THE_MOVE.contains(page);
        long start = System.nanoTime();
        narrowed(page, step + "-tablet", TABLET, false, onTheMove);
        if (onTheMove) {
            narrowed(page, step + "-phone", PHONE, true, true);
        }
        resize(900);
        narrowNanos += System.nanoTime() - start;
        CspViolations.since(browser).forEach(violation -> findings.add(page + ": CSP " + violation));
    }

    /**
     * The error page, the main landmark, the page's language and the skip link, on the page as loaded. Looked for
     * without the driver's implicit wait: the page is complete, and an element that is rightly absent (the error
     * page's body, the header of a plain page) would otherwise cost the whole wait on every visit (2 s, most of a
     * visit's time before 2026-12-05).
     */
    private void landmarks(String page) {
        Duration implicit = browser.manage().timeouts().getImplicitWaitTimeout();
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            if (!browser.findElements(By.cssSelector("body.kam-plain")).isEmpty()) {
                findings.add(page + ": an error page instead of the page (" + browser.getCurrentUrl() + ", '"
                        + browser.findElement(By.tagName("h1")).getText() + "')");
            }
            if (browser.findElements(By.tagName("main")).isEmpty()) {
                findings.add(page + ": no main landmark (" + browser.getCurrentUrl() + ", title '" + browser.getTitle() + "')");
            }
            String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
            if (lang == null || lang.isBlank()) {
                findings.add(page + ": no lang on the html element");
            }
            if (!browser.findElements(By.cssSelector("header.kam-header")).isEmpty()
                    && (browser.findElements(By.cssSelector("body > a.skip-link[href='#main']")).isEmpty()
                            || browser.findElements(By.id("main")).isEmpty())) {
                findings.add(page + ": no skip link to #main before the menu");
            }
        } finally {
            browser.manage().timeouts().implicitlyWait(implicit);
        }
    }

    /**
     * axe-core's serious and critical violations on the page as loaded: findings, except the rules of
     * {@link #AXE_KNOWN}; all of them in {@code axe.txt}.
     */
    private void axe(String page) {
        JavascriptExecutor script = browser;
        script.executeScript(AXE);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) script.executeAsyncScript(AXE_RUN);
        for (String violation : violations) {
            String rule = violation.substring(0, violation.indexOf(' '));
            accessibility.add(page + ": " + violation + (AXE_KNOWN.containsKey(rule) ? " [known]" : ""));
            if (!AXE_KNOWN.containsKey(rule)) {
                findings.add(page + ": axe " + violation);
            }
        }
    }

    /**
     * The page as it is, narrowed to {@code width}: the narrow checks' findings, and a full-page screenshot when
     * asked for or when something was found, so that a failing run shows the picture.
     */
    private void narrowed(String page, String shot, int width, boolean mobile, boolean photograph) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", mobile));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(NARROW_CHECKS, width, mobile);
        found.forEach(finding -> findings.add(page + ": at " + width + " px: " + finding));
        if (photograph || !found.isEmpty()) {
            Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", Math.min(height.intValue(), 16_000), "deviceScaleFactor", 1, "mobile", mobile));
            save(shot);
        }
    }

    /** The same-origin page links the current page shows, without their fragment. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href.split('#')[0]);");
        return hrefs.stream().filter(href -> href.startsWith(app) && page(href).endsWith(".xhtml")).toList();
    }

    private String page(String url) {
        String path = URI.create(url).getPath();
        String root = URI.create(app).getPath();
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    /** The whole page in one image: the viewport grown to the document's height, at the tour's width. */
    private void screenshot(String step) {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        resize(Math.min(height.intValue(), 16_000));
        save(step);
        resize(900);
    }

    private void save(String name) {
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void resize(int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(file), text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PageTour.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
