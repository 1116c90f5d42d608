package com.kamplanner.plan;

import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How far a plan's content complies with the plan template: each field of the template the application knows
 * how to check is met or missing. A plan can be submitted when no mandatory field is missing (the sponsor is
 * mandatory when the segment requires one) and the share of fields met reaches the segment's required level.
 */
public class PlanCompliance implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Predicate<PlanContent>> CHECKS = Map.ofEntries(
            Map.entry("situation.summary", c -> filled(c.getSummary())),
            Map.entry("situation.priorities", c -> !c.getCustomerPriorities().isEmpty()),
            Map.entry("stages.current", c -> filled(c.getCurrentStage())),
            Map.entry("stages.target", c -> filled(c.getTargetStage())),
            Map.entry("vision.vision", c -> filled(c.getVision())),
            Map.entry("vision.mission", c -> filled(c.getMission())),
            Map.entry("orientation.direction", c -> filled(c.getDirection())),
            Map.entry("objectives.strategic", c -> c.getObjectives().stream()
                    .anyMatch(o -> "STRATEGIC".equals(o.getLevel()))),
            Map.entry("objectives.indicators", c -> !c.getObjectives().isEmpty() && c.getObjectives().stream()
                    .allMatch(o -> filled(o.getIndicatorName()) && o.getTarget() != null)),
            Map.entry("programmes.plans", c -> c.getProgrammes().stream().anyMatch(p -> !p.getPlans().isEmpty())),
            Map.entry("programmes.owners", c -> c.getProgrammes().stream().anyMatch(p -> !p.getPlans().isEmpty())
                    && c.getProgrammes().stream().flatMap(p -> p.getPlans().stream())
                    .allMatch(p -> p.getOwnerName() != null && p.getDueDate() != null)),
            Map.entry("contingencies.contingencies", c -> !c.getContingencies().isEmpty()),
            Map.entry("team.members", c -> !c.getTeam().isEmpty()),
            Map.entry("team.sponsor", c -> filled(c.getSponsorName())));

    private final int percent;
    private final int minimum;
    private final List<String> missing;
    private final boolean mandatoryMissing;

    private PlanCompliance(int percent, int minimum, List<String> missing, boolean mandatoryMissing) {
        this.percent = percent;
        this.minimum = minimum;
        this.missing = missing;
        this.mandatoryMissing = mandatoryMissing;
    }

    /**
     * Checks the content against the template; {@code minimum} is the segment's required level in percent and
     * {@code sponsorRequired} whether the segment requires an executive sponsor.
     */
    public static PlanCompliance of(DocumentTemplate template, PlanContent content, int minimum,
                                    boolean sponsorRequired, Locale locale) {
        int checked = 0;
        int met = 0;
        boolean mandatoryMissing = false;
        List<String> missing = new ArrayList<>();
        for (TemplateSection section : template.getSections()) {
            for (TemplateField field : section.getFields()) {
                Predicate<PlanContent> check = CHECKS.get(section.getKey() + "." + field.getKey());
                if (check == null) {
                    continue;
                }
                checked++;
                if (check.test(content)) {
                    met++;
                    continue;
                }
                boolean mandatory = field.isMandatory() || sponsorRequired && "team.sponsor".equals(
                        section.getKey() + "." + field.getKey());
                mandatoryMissing |= mandatory;
                missing.add(section.label(locale) + ": " + field.label(locale));
            }
        }
        int percent = checked == 0 ? 100 : met * 100 / checked;
        return new PlanCompliance(percent, minimum, missing, mandatoryMissing);
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    public boolean isSubmittable() {
        return !mandatoryMissing && percent >= minimum;
    }

    public int getPercent() {
        return percent;
    }

    public int getMinimum() {
        return minimum;
    }

    public List<String> getMissing() {
        return missing;
    }

    public boolean isMandatoryMissing() {
        return mandatoryMissing;
    }
}
