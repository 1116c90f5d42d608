package com.kamplanner.strategy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The Strategy Formulation Process document as a PowerPoint deck, the form the method's teams usually share it
 * in: a title slide, one slide per step of the guided path, and the objective tree as an indented table with its
 * indicators. Texts come from the caller's bundle in the reader's language;
 * {@link StrategyExports} audits and counts it.
 */
public class StrategyDeck {

    private static final double WIDTH = 720;
    private static final double MARGIN = 36;
    private static final Color BLUE = new Color(29, 78, 216);

    private final Strategy strategy;
    private final List<ComplianceIssue> issues;
    private final MatrixStanding standing;
    private final Locale locale;
    private final Function<String, String> words;

    /** {@code words}: the fixed words by bundle key, in {@code locale}, the reader's language. */
    public StrategyDeck(Strategy strategy, List<ComplianceIssue> issues, MatrixStanding standing, Locale locale,
                        Function<String, String> words) {
        this.strategy = strategy;
        this.issues = issues;
        this.standing = standing;
        this.locale = locale;
        this.words = words;
    }

    /** A file name from the account's name, safe on every system. */
    public static String fileName(String accountName) {
        return "strategy-" + accountName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT) + ".pptx";
    }

    public byte[] toBytes() {
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            titleSlide(deck);
            potentialsSlide(deck);
            orientationSlide(deck);
            objectivesSlide(deck);
            programmesSlide(deck);
            visionSlide(deck);
            contingenciesSlide(deck);
            treeSlide(deck);
            deck.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void titleSlide(XMLSlideShow deck) {
        XSLFSlide slide = deck.createSlide();
        XSLFTextBox title = box(slide, 120, 60);
        run(title.addNewTextParagraph(), t("strategy.deck.title"), 32, true, BLUE);
        run(title.addNewTextParagraph(), strategy.getAccount().getName(), 28, true, Color.DARK_GRAY);
        XSLFTextBox facts = box(slide, 240, 260);
        line(facts, t("account.kam") + ": " + (strategy.getAccount().getKam() == null ? t("account.noKam")
                : strategy.getAccount().getKam().getDisplayName()), 16);
        line(facts, t("strategy.standing") + ": " + standingText(), 16);
        line(facts, t("strategy.orientation") + ": " + orientationText(), 16);
        line(facts, t("strategy.compliance.title") + ": " + (issues.isEmpty() ? t("strategy.compliance.none")
                : new MessageFormat(t("strategy.compliance.count"), locale).format(new Object[] {issues.size()})), 16);
    }

    private void potentialsSlide(XMLSlideShow deck) {
        XSLFSlide slide = stepSlide(deck, "POTENTIALS");
        SituationPotential.Kind[] kinds = SituationPotential.Kind.values();
        double half = (WIDTH - 2 * MARGIN) / 2;
        for (int i = 0; i < kinds.length; i++) {
            XSLFTextBox quadrant = slide.createTextBox();
            quadrant.setAnchor(new Rectangle2D.Double(MARGIN + (i % 2) * half, 100 + (i / 2) * 210, half - 8, 200));
            quadrant.setLineColor(Color.LIGHT_GRAY);
            run(quadrant.addNewTextParagraph(), t("strategy.potential.kind." + kinds[i].name()), 16, true, BLUE);
            for (SituationPotential p : strategy.potentialsOf(kinds[i])) {
                String cited = p.getCitations().isEmpty() ? "" : " [" + p.getCitations().stream()
                        .map(c -> c.getLabel()).collect(Collectors.joining("; ")) + "]";
                bullet(quadrant, p.getStatement() + cited, 12);
            }
        }
    }

    private void orientationSlide(XMLSlideShow deck) {
        XSLFSlide slide = stepSlide(deck, "ORIENTATION");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("strategy.option.type"), t("strategy.option.statement"),
                t("strategy.option.attractiveness"), t("strategy.option.feasibility")));
        for (TowsOption o : strategy.getOptions()) {
            rows.add(List.of(o.getType().name(), o.getStatement(), text(o.getAttractiveness()),
                    text(o.getFeasibility())));
        }
        table(slide, rows, new double[] {50, 430, 84, 84}, 100);
        XSLFTextBox pick = box(slide, 100 + 22.0 * rows.size() + 20, 140);
        line(pick, t("strategy.orientation") + ": " + orientationText(), 14);
        line(pick, t("strategy.standing") + ": " + standingText(), 14);
        if (strategy.getOrientation().getJustification() != null) {
            line(pick, t("strategy.orientation.justification") + ": " + strategy.getOrientation().getJustification(),
                    12);
        }
    }

    private void objectivesSlide(XMLSlideShow deck) {
        XSLFSlide slide = stepSlide(deck, "OBJECTIVES");
        XSLFTextBox body = box(slide, 100, 400);
        for (Objective o : strategy.getRootObjectives()) {
            run(body.addNewTextParagraph(), o.getTitle(), 16, true, Color.DARK_GRAY);
            if (!o.getOptions().isEmpty()) {
                bullet(body, t("strategy.objective.tracesTo") + ": " + o.getOptions().stream()
                        .map(x -> x.getType() + " " + x.getStatement()).collect(Collectors.joining("; ")), 12);
            }
            if (o.getCustomerPriority() != null) {
                bullet(body, t("strategy.objective.customerPriority") + ": " + o.getCustomerPriority(), 12);
            }
            bullet(body, t("strategy.objective.below") + ": " + strategy.childrenOf(o).size(), 12);
        }
    }

    private void programmesSlide(XMLSlideShow deck) {
        XSLFSlide slide = stepSlide(deck, "PROGRAMMES");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("strategy.programme"), t("strategy.plan"), t("strategy.plan.kind"),
                t("strategy.plan.objective"), t("strategy.plan.owner"), t("strategy.plan.dueDate"),
                t("strategy.plan.status")));
        for (ActionProgramme p : strategy.getProgrammes()) {
            rows.add(List.of(p.getName() + " (" + p.getContractualCount() + " / " + p.getRelationalCount() + ")",
                    "", "", "", "", "", ""));
            for (ActionPlan plan : p.getPlans()) {
                rows.add(List.of("", plan.getTitle(), t("strategy.plan.kind." + plan.getKind().name()),
                        plan.getObjective() == null ? "—" : plan.getObjective().getTitle(),
                        plan.getOwner() == null ? "—" : plan.getOwner().getDisplayName(), text(plan.getDueDate()),
                        t("strategy.plan.status." + plan.getStatus().name())));
            }
        }
        table(slide, rows, new double[] {120, 150, 70, 120, 80, 56, 52}, 100);
    }

    private void visionSlide(XMLSlideShow deck) {
        XSLFSlide slide = stepSlide(deck, "VISION");
        XSLFTextBox body = box(slide, 100, 400);
        run(body.addNewTextParagraph(), t("strategy.vision"), 18, true, BLUE);
        line(body, orDash(strategy.getVision()), 16);
        run(body.addNewTextParagraph(), t("strategy.mission"), 18, true, BLUE);
        line(body, orDash(strategy.getMission()), 16);
    }

    private void contingenciesSlide(XMLSlideShow deck) {
        XSLFSlide slide = stepSlide(deck, "CONTINGENCIES");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("strategy.contingency.trigger"), t("strategy.contingency.response"),
                t("strategy.contingency.plans")));
        for (Contingency c : strategy.getContingencies()) {
            rows.add(List.of(c.getTrigger(), c.getResponse(),
                    c.getPlans().stream().map(ActionPlan::getTitle).collect(Collectors.joining("; "))));
        }
        table(slide, rows, new double[] {216, 256, 176}, 100);
    }

    /** The objective tree as an indented table: each level one step further right, with its indicator. */
    private void treeSlide(XMLSlideShow deck) {
        XSLFSlide slide = deck.createSlide();
        heading(slide, t("strategy.deck.tree"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("strategy.objective"), t("strategy.objective.level"), t("strategy.indicator"),
                t("strategy.indicator.baseline"), t("strategy.indicator.target"), t("strategy.indicator.targetDate")));
        for (Objective root : strategy.getRootObjectives()) {
            treeRows(root, 0, rows);
        }
        table(slide, rows, new double[] {250, 80, 130, 60, 60, 68}, 80);
    }

    private void treeRows(Objective objective, int depth, List<List<String>> rows) {
        Indicator indicator = objective.getIndicator();
        rows.add(List.of("    ".repeat(depth) + (depth == 0 ? "" : "└ ") + objective.getTitle(),
                t("strategy.objective.level." + objective.getLevel().name()),
                indicator.isEmpty() ? "—" : indicator.getName() + " (" + indicator.getUnit() + ")",
                text(indicator.getBaseline()), text(indicator.getTarget()), text(indicator.getTargetDate())));
        for (Objective child : strategy.childrenOf(objective)) {
            treeRows(child, depth + 1, rows);
        }
    }

    private XSLFSlide stepSlide(XMLSlideShow deck, String step) {
        XSLFSlide slide = deck.createSlide();
        int number = com.kamplanner.strategy.StrategyStep.valueOf(step).ordinal() + 1;
        heading(slide, number + ". " + t("strategy.step." + step));
        return slide;
    }

    private static void heading(XSLFSlide slide, String text) {
        XSLFTextBox title = slide.createTextBox();
        title.setAnchor(new Rectangle2D.Double(MARGIN, 24, WIDTH - 2 * MARGIN, 50));
        run(title.addNewTextParagraph(), text, 26, true, BLUE);
    }

    private static XSLFTextBox box(XSLFSlide slide, double top, double height) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, height));
        return box;
    }

    private static void table(XSLFSlide slide, List<List<String>> rows, double[] widths, double top) {
        XSLFTable table = slide.createTable();
        table.setAnchor(new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, 22.0 * rows.size()));
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = table.addRow();
            for (String value : rows.get(r)) {
                XSLFTableCell cell = row.addCell();
                XSLFTextParagraph paragraph = cell.addNewTextParagraph();
                run(paragraph, value == null ? "" : value, 10, r == 0, r == 0 ? Color.WHITE : Color.BLACK);
                if (r == 0) {
                    cell.setFillColor(BLUE);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
    }

    private static void line(XSLFTextBox box, String text, double size) {
        run(box.addNewTextParagraph(), text, size, false, Color.BLACK);
    }

    private static void bullet(XSLFTextBox box, String text, double size) {
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        paragraph.setBullet(true);
        run(paragraph, text, size, false, Color.BLACK);
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
    }

    private String standingText() {
        if (standing == null || !standing.isKnown()) {
            return t("strategy.standing.unknown");
        }
        return t("quadrant." + standing.getQuadrant().name()) + " (" + t("posture."
                + standing.getQuadrant().posture()) + ")";
    }

    private String orientationText() {
        if (!strategy.getOrientation().isChosen()) {
            return "—";
        }
        String direction = t("strategy.direction." + strategy.getOrientation().getDirection().name());
        return strategy.getOrientation().getStatement() == null ? direction
                : direction + " — " + strategy.getOrientation().getStatement();
    }

    private String t(String key) {
        return words.apply(key);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }
}
