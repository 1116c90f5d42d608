package com.kamplanner.plan;

import com.kamplanner.platform.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plan version laid out as numbered sections of paragraphs and tables, in the reader's language: the one
 * layout the PDF and the Word document both render, so the two files always say the same thing.
 */
public final class PlanOutline {

    /** A titled section of the document. */
    public record Section(String title, List<Block> blocks) {
    }

    /** A paragraph (no header) or a table (a header row and rows). */
    public record Block(String paragraph, List<String> header, List<List<String>> rows) {
        static Block text(String s) {
            return new Block(s, null, null);
        }

        static Block table(List<String> header, List<List<String>> rows) {
            return new Block(null, header, rows);
        }

        public boolean isTable() {
            return header != null;
        }
    }

    private final String title;
    private final String subtitle;
    private final String stamp;
    private final List<Section> sections;

    private PlanOutline(String title, String subtitle, String stamp, List<Section> sections) {
        this.title = title;
        this.subtitle = subtitle;
        this.stamp = stamp;
        this.sections = sections;
    }

    /**
     * Lays out the content; {@code text} gives the label of a message key in the reader's language, and
     * {@code formats} writes its figures and dates in that language.
     */
    public static PlanOutline of(PlanContent c, Formats formats, Function<String, String> text) {
        List<Section> sections = new ArrayList<>();
        List<Block> situation = new ArrayList<>();
        situation.add(Block.text(or(c.getSummary(), text.apply("plan.none"))));
        if (!c.getCustomerPriorities().isEmpty()) {
            situation.add(Block.text(text.apply("plan.priorities") + ": " + String.join("; ", c.getCustomerPriorities())));
        }
        sections.add(new Section(text.apply("plan.section.situation"), situation));
        sections.add(new Section(text.apply("plan.section.stages"), List.of(Block.text(
                text.apply("plan.stage.current") + ": " + stage(c.getCurrentStage(), text) + " → "
                        + text.apply("plan.stage.target") + ": " + stage(c.getTargetStage(), text)))));
        sections.add(new Section(text.apply("plan.section.vision"), List.of(
                Block.text(text.apply("plan.vision") + ": " + or(c.getVision(), text.apply("plan.none"))),
                Block.text(text.apply("plan.mission") + ": " + or(c.getMission(), text.apply("plan.none"))))));
        List<Block> orientation = new ArrayList<>();
        orientation.add(Block.text(c.getDirection() == null ? text.apply("plan.none")
                : text.apply("plan.direction." + c.getDirection())));
        if (c.getOrientationStatement() != null) {
            orientation.add(Block.text(c.getOrientationStatement()));
        }
        if (c.getOrientationJustification() != null) {
            orientation.add(Block.text(c.getOrientationJustification()));
        }
        sections.add(new Section(text.apply("plan.section.orientation"), orientation));
        List<List<String>> objectives = new ArrayList<>();
        for (ObjectiveItem o : c.getObjectives()) {
            objectives.add(List.of("  ".repeat(o.getDepth()) + o.getTitle(), text.apply("plan.level." + o.getLevel()),
                    or(o.getIndicatorName(), "") + (o.getUnit() == null ? "" : " (" + o.getUnit() + ")"),
                    formats.exact(o.getBaseline()), formats.exact(o.getTarget()) + (o.getTargetDate() == null ? ""
                            : " (" + text.apply("plan.by") + " " + formats.date(o.getTargetDate()) + ")"),
                    formats.exact(o.getLatestActual())));
        }
        sections.add(new Section(text.apply("plan.section.objectives"), List.of(objectives.isEmpty()
                ? Block.text(text.apply("plan.none"))
                : Block.table(List.of(text.apply("plan.objective"), text.apply("plan.level"),
                text.apply("plan.indicator"), text.apply("plan.baseline"), text.apply("plan.target"),
                text.apply("plan.actual")), objectives))));
        List<Block> programmes = new ArrayList<>();
        for (ProgrammeItem p : c.getProgrammes()) {
            programmes.add(Block.text(p.getName() + (p.getDescription() == null ? "" : " — " + p.getDescription())));
            List<List<String>> rows = new ArrayList<>();
            for (ActionPlanItem a : p.getPlans()) {
                rows.add(List.of(a.getTitle(), text.apply("plan.kind." + a.getKind()), or(a.getOwnerName(), ""),
                        formats.date(a.getDueDate()),
                        a.isDormant() ? text.apply("strategy.plan.dormant.badge") : text.apply("plan.status." + a.getStatus()),
                        formats.percent(a.getProgress())));
            }
            if (!rows.isEmpty()) {
                programmes.add(Block.table(List.of(text.apply("plan.actionPlan"), text.apply("plan.kind"),
                        text.apply("plan.owner"), text.apply("plan.due"), text.apply("plan.status"),
                        text.apply("plan.progress")), rows));
            }
        }
        if (programmes.isEmpty()) {
            programmes.add(Block.text(text.apply("plan.none")));
        }
        sections.add(new Section(text.apply("plan.section.programmes"), programmes));
        List<List<String>> contingencies = c.getContingencies().stream()
                .map(x -> List.of(x.getTrigger(), x.getResponse(), watch(x, formats, text))).toList();
        sections.add(new Section(text.apply("plan.section.contingencies"), List.of(contingencies.isEmpty()
                ? Block.text(text.apply("plan.none"))
                : Block.table(List.of(text.apply("plan.trigger"), text.apply("plan.response"),
                text.apply("plan.contingency.watch")), contingencies))));
        List<Block> team = new ArrayList<>();
        team.add(Block.text(text.apply("plan.kam") + ": " + or(c.getKamName(), text.apply("plan.none"))));
        team.add(Block.text(text.apply("plan.sponsor") + ": " + or(c.getSponsorName(), text.apply("plan.none"))));
        if (!c.getTeam().isEmpty()) {
            team.add(Block.table(List.of(text.apply("plan.member"), text.apply("plan.teamRole")), c.getTeam().stream()
                    .map(m -> List.of(m.getName() + (m.isExternal() ? " (" + text.apply("plan.external") + ")" : ""),
                            or(m.getRole(), ""))).toList()));
        }
        sections.add(new Section(text.apply("plan.section.team"), team));
        List<List<String>> milestones = c.getMilestones().stream().map(m -> List.of(
                text.apply("plan.year") + " " + m.getYear() + " — Q" + m.getQuarter(), formats.date(m.getDate()),
                text.apply("plan.milestone." + m.getKind()), m.getTitle())).toList();
        sections.add(new Section(text.apply("plan.section.horizon"), List.of(
                Block.text(formats.date(c.getPeriodStart()) + " → " + formats.date(c.getHorizonEnd())),
                milestones.isEmpty() ? Block.text(text.apply("plan.none")) : Block.table(List.of(
                        text.apply("plan.quarter"), text.apply("plan.date"), text.apply("plan.kind"),
                        text.apply("plan.milestone")), milestones))));
        return new PlanOutline(text.apply("plan.document.title") + " — " + c.getAccountName(),
                text.apply("plan.version") + " " + c.getVersionNumber() + " · " + formats.date(c.getPeriodStart())
                        + " → " + formats.date(c.getPeriodEnd()), stamp(c, formats, text), sections);
    }

    /** "Approved by … on …" for an approved version, the status otherwise. */
    static String stamp(PlanContent c, Formats formats, Function<String, String> text) {
        String status = text.apply("plan.versionStatus." + c.getStatus());
        if (c.getApprovedAt() == null) {
            return text.apply("plan.version") + " " + c.getVersionNumber() + " — " + status;
        }
        return text.apply("plan.version") + " " + c.getVersionNumber() + " — " + status + " — "
                + text.apply("plan.approvedBy") + " " + c.getApprovedBy() + ", "
                + formats.date(c.getApprovedAt().atZone(formats.zone()).toLocalDate());
    }

    private static String stage(String stage, Function<String, String> text) {
        return stage == null ? text.apply("plan.none") : text.apply("stage." + stage);
    }

    /** What a contingency watches, and whether it fired: when, on what value. */
    static String watch(ContingencyItem x, Formats formats, Function<String, String> text) {
        if (x.getConditionKind() == null) {
            return text.apply("plan.contingency.textOnly");
        }
        String watched = java.text.MessageFormat.format(text.apply("strategy.condition.summary"),
                text.apply("strategy.condition.kind." + x.getConditionKind()), x.getTargetName());
        if (!x.isFired()) {
            return text.apply("plan.contingency.armed") + " · " + watched;
        }
        return text.apply("plan.contingency.fired") + " " + formats.date(java.time.LocalDate.ofInstant(x.getFiredAt(),
                formats.zone())) + " · " + watched + (x.getFiredValue() == null ? ""
                : " = " + formats.number(x.getFiredValue()));
    }

    private static String or(String s, String other) {
        return s == null || s.isBlank() ? other : s;
    }

    /** This outline with one more section at the end holding a table: an appendix such as the whitespace map. */
    public PlanOutline withAppendix(String appendixTitle, List<String> header, List<List<String>> rows) {
        List<Section> more = new ArrayList<>(sections);
        more.add(new Section(appendixTitle, List.of(Block.table(header, rows))));
        return new PlanOutline(title, subtitle, stamp, more);
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getStamp() {
        return stamp;
    }

    public List<Section> getSections() {
        return sections;
    }
}
