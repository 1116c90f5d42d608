package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The KAM walks the guided path of the Strategy Formulation Process in a real browser: two strengths and two
 * opportunities, an SO option, the orientation, a strategic and an operational objective (whose missing
 * indicator is flagged until it is given), a contractual and a relational plan, vision and mission, then the
 * PowerPoint download. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrategyJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "strategy";
    private static final String ACCOUNT = "MTU Aero Engines";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void theKamWalksFromSituationPotentialsToVisionAndDownloadsTheDeck() throws Exception {
        String run = " #" + System.nanoTime() % 100_000;
        long account = accountId(base, ACCOUNT);
        signIn("emma.kam", DEMO_PASSWORD);

        // The account page leads to the strategy workspace through the account header's tab.
        browser.get(app() + "accounts/account.xhtml?id=" + account);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-strategy"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("potentials:savePotential")));

        // 1. Two strengths and two opportunities.
        potential("STRENGTH", "Blade repair certified by EASA" + run);
        potential("STRENGTH", "Engineers on site in Munich" + run);
        potential("OPPORTUNITY", "GTF engine shop visits double by 2028" + run);
        potential("OPPORTUNITY", "MTU wants to cut repair turnaround" + run);
        Chromium.screenshot(browser, JOURNEY, "1-potentials");

        // 2. An SO option, rated, and the orientation beside the matrix position.
        step(1, "orientation:saveOption");
        tick("orientation:optionPotentials", "Blade repair certified by EASA" + run);
        tick("orientation:optionPotentials", "GTF engine shop visits double by 2028" + run);
        browser.findElement(By.id("orientation:optionStatement")).sendKeys("Take the GTF blade repairs" + run);
        select("orientation:attractiveness", "5");
        select("orientation:feasibility", "4");
        browser.findElement(By.id("orientation:saveOption")).click();
        waitForText("orientation", "Take the GTF blade repairs" + run);
        browser.findElement(By.xpath("//label[normalize-space()='Invest for growth']")).click();
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()").equals(true));
        if (!browser.findElements(By.id("orientation:justification")).isEmpty()) {
            browser.findElement(By.id("orientation:justification")).sendKeys("The GTF ramp-up is a one-off window");
        }
        browser.findElement(By.id("orientation:orientationStatement")).sendKeys("Become MTU's repair partner");
        browser.findElement(By.id("orientation:saveOrientation")).click();
        waitForText("messages", "Strategic orientation saved.");
        Chromium.screenshot(browser, JOURNEY, "2-tows-and-orientation");

        // 3. A strategic objective with its indicator, and an operational objective under it.
        step(2, "objectives:saveObjective");
        String strategic = "Win the GTF blade repair contract" + run;
        browser.findElement(By.id("objectives:title")).sendKeys(strategic);
        tick("objectives:objectiveOptions", "Take the GTF blade repairs" + run);
        indicator("Share of GTF blade repairs", "%", "0", "40", "2028-12-31");
        date("objectives:startDate_input", "2026-01-01");
        browser.findElement(By.id("objectives:saveObjective")).click();
        waitForText("objectives:tree", strategic);

        String operational = "Qualify the repair line" + run;
        select("objectives:level", "Operational");
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("objectives:parent")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(browser, JOURNEY, "failed-level");
            throw new AssertionError(browser.findElement(By.id("objectives")).getText(), e);
        }
        select("objectives:parent", strategic);
        browser.findElement(By.id("objectives:title")).sendKeys(operational);
        browser.findElement(By.id("objectives:saveObjective")).click();
        waitForText("objectives:tree", operational);
        waitForText("compliance", "The objective \"" + operational + "\" has no indicator.");
        Chromium.screenshot(browser, JOURNEY, "3-warning");

        // ... the warning goes once the operational objective has its indicator.
        browser.findElement(By.cssSelector("button[aria-label='Edit " + operational + "']")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("objectives:title"), "value", "Qualify the repair line"));
        indicator("Repair line qualified", "milestone", "0", "1", "2027-06-30");
        browser.findElement(By.id("objectives:saveObjective")).click();
        waitForText("messages", "Objective saved.");
        wait.until(d -> !d.findElement(By.id("compliance")).getText().contains(operational));
        assertFalse(browser.findElement(By.id("compliance")).getText().contains("\"" + strategic + "\""));
        Chromium.screenshot(browser, JOURNEY, "4-objectives");

        // 4. A programme with a contractual and a relational action plan.
        step(3, "programmes:saveProgramme");
        String programme = "GTF repairs" + run;
        browser.findElement(By.id("programmes:programmeName")).sendKeys(programme);
        browser.findElement(By.id("programmes:saveProgramme")).click();
        waitForText("programmes", programme);
        plan(programme, "Repair framework agreement" + run, "Contractual", strategic);
        plan(programme, "Monthly quality review in Munich" + run, "Relational", operational);
        waitForText("programmes", "Contractual 1 · Relational 1");
        Chromium.screenshot(browser, JOURNEY, "5-programmes");

        // 5. Vision and mission.
        step(4, "vision:saveVision");
        browser.findElement(By.id("vision:visionText")).sendKeys("MTU's first call for blade repairs" + run);
        browser.findElement(By.id("vision:missionText")).sendKeys("Repair every blade right first time, on time");
        browser.findElement(By.id("vision:saveVision")).click();
        waitForText("messages", "Vision and mission saved.");
        Chromium.screenshot(browser, JOURNEY, "6-vision");

        // 6. The PowerPoint deck.
        Path downloads = Files.createTempDirectory(Path.of("target"), "strategy-downloads").toAbsolutePath();
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        browser.findElement(By.id("export:download")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> deck(downloads) != null);
        Path deck = deck(downloads);
        assertEquals("strategy-mtu-aero-engines.pptx", deck.getFileName().toString());
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow slides = new XMLSlideShow(in)) {
            String all = slides.getSlides().stream().map(StrategyJourneyIT::text).reduce("", String::concat);
            for (String written : List.of("Blade repair certified by EASA" + run, "Take the GTF blade repairs" + run,
                    strategic, operational, "Monthly quality review in Munich" + run,
                    "MTU's first call for blade repairs" + run)) {
                assertTrue(all.contains(written), written + " in the deck");
            }
        }
    }

    private void potential(String kind, String statement) {
        select("potentials:kind", kindLabel(kind));
        browser.findElement(By.id("potentials:statement")).sendKeys(statement);
        browser.findElement(By.id("potentials:savePotential")).click();
        waitForText("potentials", statement);
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "STRENGTH" -> "Strengths";
            case "OPPORTUNITY" -> "Opportunities";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void plan(String programme, String title, String kind, String objective) {
        select("programmes:planProgramme", programme);
        browser.findElement(By.id("programmes:planTitle")).sendKeys(title);
        browser.findElement(By.xpath("//*[@id='programmes:planKind']//label[normalize-space()='" + kind + "']"))
                .click();
        select("programmes:planObjective", (objective.startsWith("Win") ? "Strategic (3 years): " : "Operational: ")
                + objective);
        select("programmes:planOwner", "Emma Laurent");
        date("programmes:planStart_input", "2026-02-01");
        date("programmes:planDue_input", "2026-09-30");
        browser.findElement(By.id("programmes:savePlan")).click();
        waitForText("programmes", title);
    }

    private void indicator(String name, String unit, String baseline, String target, String date) {
        replace("objectives:indicatorName", name);
        replace("objectives:indicatorUnit", unit);
        replace("objectives:indicatorBaseline", baseline);
        replace("objectives:indicatorTarget", target);
        date("objectives:indicatorTargetDate_input", date);
    }

    private void replace(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static final List<String> STEPS = List.of("Situation potentials", "TOWS and orientation", "Objectives",
            "Action programmes", "Vision and mission", "Contingencies");

    /** Opens a step from the steps bar. */
    private void step(int index, String readyId) {
        browser.findElement(By.xpath("//ul[@class='kam-step-links']//a[contains(normalize-space(), '"
                + STEPS.get(index) + "')]")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(browser, JOURNEY, "failed-step-" + index);
            throw new AssertionError("step " + index + " did not open: " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void waitForText(String id, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(browser, JOURNEY, "failed-wait");
            throw new AssertionError("no \"" + text + "\"; messages: " + browser.findElement(By.id("messages")).getText()
                    + " / " + browser.findElements(By.cssSelector(".ui-message-error")).stream()
                    .map(WebElement::getText).toList(), e);
        }
    }

    private static Path deck(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pptx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> text.append(c.getText()).append('\n')));
            }
        }
        return text.toString();
    }
}
