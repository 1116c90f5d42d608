package com.kamplanner.strategy;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.selection.Quadrant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The business rules of the Strategy Formulation Process that need no database: date order, complete
 * indicators, the objective tree's shape, tracing to TOWS options, TOWS pairings, and the orientation against
 * the matrix posture. Each refusal is a {@link BusinessRuleException} with a bundle key; the service calls these.
 */
public final class StrategyRules {

    public static final String TARGET_BEFORE_START = "strategy.dates.targetBeforeStart";
    public static final String DUE_BEFORE_START = "strategy.dates.dueBeforeStart";
    public static final String INDICATOR_NAME = "strategy.indicator.nameRequired";
    public static final String INDICATOR_UNIT = "strategy.indicator.unitRequired";
    public static final String INDICATOR_TARGET = "strategy.indicator.targetRequired";
    public static final String INDICATOR_TARGET_DATE = "strategy.indicator.targetDateRequired";
    public static final String STRATEGIC_HAS_NO_PARENT = "strategy.objective.strategicHasNoParent";
    public static final String PARENT_REQUIRED = "strategy.objective.parentRequired";
    public static final String PARENT_LEVEL = "strategy.objective.parentLevel";
    public static final String TOWS_REQUIRED = "strategy.objective.towsRequired";
    public static final String PAIRING = "strategy.option.pairing";
    public static final String DIRECTION_REQUIRED = "strategy.orientation.directionRequired";
    public static final String JUSTIFICATION_REQUIRED = "strategy.orientation.justificationRequired";
    public static final String BEYOND_HORIZON = "strategy.objective.beyondHorizon";

    private StrategyRules() {
    }

    /**
     * Evidence drift: the items built on a cited Key Account Database field whose stored value is no longer the
     * one the citation recorded. A potential is flagged while one of its field citations differs from the field
     * now (a blank field counts as empty text) until it is confirmed (new baseline) or edited (cited again). A TOWS
     * option pairing such a potential, and a strategic objective traced to such an option, is flagged when the
     * cited field's section was saved after the option or objective was last confirmed or edited (never: flagged).
     * {@link ComplianceSql#OPEN_EVIDENCE_FLAGS} counts the same flags in SQL; change the two together.
     */
    public static List<EvidenceFlag> evidenceChanges(Strategy strategy, CitedEvidence now) {
        Map<SituationPotential, List<EvidenceChange>> drifted = new IdentityHashMap<>();
        List<EvidenceFlag> flags = new ArrayList<>();
        for (SituationPotential potential : strategy.getPotentials()) {
            List<EvidenceChange> changes = new ArrayList<>();
            for (Citation citation : potential.getCitations()) {
                if (citation.getSource() == Citation.Source.FIELD) {
                    String value = now.value(citation.getSectionKey(), citation.getFieldKey());
                    if (!Objects.equals(orEmpty(citation.getCitedValue()), orEmpty(value))) {
                        changes.add(new EvidenceChange(citation, value));
                    }
                }
            }
            if (!changes.isEmpty()) {
                drifted.put(potential, changes);
                flags.add(new EvidenceFlag(EvidenceFlag.Item.POTENTIAL, potential.getId(), potential.getVersion(),
                        potential.getStatement(), changes));
            }
        }
        for (TowsOption option : strategy.getOptions()) {
            List<EvidenceChange> changes = since(option.getPotentials(), option.getEvidenceReviewedAt(), drifted, now);
            if (!changes.isEmpty()) {
                flags.add(new EvidenceFlag(EvidenceFlag.Item.OPTION, option.getId(), option.getVersion(),
                        option.getStatement(), changes));
            }
        }
        for (Objective objective : strategy.getObjectives()) {
            List<SituationPotential> beneath = new ArrayList<>();
            objective.getOptions().forEach(o -> beneath.addAll(o.getPotentials()));
            List<EvidenceChange> changes = since(beneath, objective.getEvidenceReviewedAt(), drifted, now);
            if (!changes.isEmpty()) {
                flags.add(new EvidenceFlag(EvidenceFlag.Item.OBJECTIVE, objective.getId(), objective.getVersion(),
                        objective.getTitle(), changes));
            }
        }
        return flags;
    }

    /** The drifted citations of {@code potentials} whose section was saved after {@code reviewed}, each once. */
    private static List<EvidenceChange> since(List<SituationPotential> potentials, Instant reviewed,
                                              Map<SituationPotential, List<EvidenceChange>> drifted,
                                              CitedEvidence now) {
        Map<String, EvidenceChange> changes = new LinkedHashMap<>();
        for (SituationPotential potential : potentials) {
            for (EvidenceChange change : drifted.getOrDefault(potential, List.of())) {
                Instant saved = now.sectionSaved(change.getSectionKey());
                if (reviewed == null || saved == null || saved.isAfter(reviewed)) {
                    changes.putIfAbsent(change.getCitation().getKey() + "@" + orEmpty(change.getOldValue()), change);
                }
            }
        }
        return new ArrayList<>(changes.values());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** An objective's indicator may not be due before the objective starts. */
    public static void checkTargetDate(LocalDate start, LocalDate targetDate) {
        if (start != null && targetDate != null && targetDate.isBefore(start)) {
            throw new BusinessRuleException(TARGET_BEFORE_START, targetDate.toString(), start.toString());
        }
    }

    /**
     * A strategic objective's indicator is due within the template's horizon: {@code years} after the objective's
     * start, or after {@code today} when it names no start.
     */
    public static void checkHorizon(Objective.Level level, LocalDate start, LocalDate targetDate, int years,
                                    LocalDate today) {
        LocalDate from = start == null ? today : start;
        if (level == Objective.Level.STRATEGIC && beyondHorizon(from, targetDate, years)) {
            // As dates, so that each language writes them its own way ({0,date,long} in the bundles).
            throw new BusinessRuleException(BEYOND_HORIZON, java.sql.Date.valueOf(targetDate), years,
                    java.sql.Date.valueOf(from.plusYears(years)));
        }
    }

    /**
     * True when {@code targetDate} falls after {@code years} from {@code start}; never without both dates (the
     * compliance check has no "today" to measure an objective without a start against).
     */
    public static boolean beyondHorizon(LocalDate start, LocalDate targetDate, int years) {
        return start != null && targetDate != null && targetDate.isAfter(start.plusYears(years));
    }

    /** An action plan may not be due before it starts. */
    public static void checkPlanDates(LocalDate start, LocalDate due) {
        if (start != null && due != null && due.isBefore(start)) {
            throw new BusinessRuleException(DUE_BEFORE_START, due.toString(), start.toString());
        }
    }

    /** An indicator is absent as a whole, or has a name, a unit, a target and a target date. */
    public static void checkIndicator(Indicator indicator) {
        if (indicator == null || indicator.isEmpty()) {
            return;
        }
        if (Indicator.blank(indicator.getName())) {
            throw new BusinessRuleException(INDICATOR_NAME);
        }
        if (Indicator.blank(indicator.getUnit())) {
            throw new BusinessRuleException(INDICATOR_UNIT, indicator.getName());
        }
        if (indicator.getTarget() == null) {
            throw new BusinessRuleException(INDICATOR_TARGET, indicator.getName());
        }
        if (indicator.getTargetDate() == null) {
            throw new BusinessRuleException(INDICATOR_TARGET_DATE, indicator.getName());
        }
    }

    /** Strategic objectives are roots; every lower objective sits under one of the level just above. */
    public static void checkParent(Objective.Level level, Objective parent) {
        if (level == Objective.Level.STRATEGIC) {
            if (parent != null) {
                throw new BusinessRuleException(STRATEGIC_HAS_NO_PARENT);
            }
            return;
        }
        if (parent == null) {
            throw new BusinessRuleException(PARENT_REQUIRED, level.name());
        }
        if (parent.getLevel() != level.parentLevel()) {
            throw new BusinessRuleException(PARENT_LEVEL, level.name(), level.parentLevel().name());
        }
    }

    /** Every strategic objective traces to at least one TOWS option. */
    public static void checkTraces(Objective.Level level, List<TowsOption> options) {
        if (level == Objective.Level.STRATEGIC && (options == null || options.isEmpty())) {
            throw new BusinessRuleException(TOWS_REQUIRED);
        }
    }

    /** An option pairs at least one potential of each of its type's two kinds, and none of another kind. */
    public static void checkPairing(TowsOption.Type type, List<SituationPotential> potentials) {
        boolean internal = potentials.stream().anyMatch(p -> p.getKind() == type.internal());
        boolean external = potentials.stream().anyMatch(p -> p.getKind() == type.external());
        boolean foreign = potentials.stream()
                .anyMatch(p -> p.getKind() != type.internal() && p.getKind() != type.external());
        if (!internal || !external || foreign) {
            throw new BusinessRuleException(PAIRING, type.name());
        }
    }

    /**
     * An orientation names its direction; one that contradicts the posture of the account's quadrant needs a
     * justification.
     */
    public static void checkOrientation(StrategicOrientation orientation, Quadrant quadrant) {
        if (orientation == null || orientation.getDirection() == null) {
            throw new BusinessRuleException(DIRECTION_REQUIRED);
        }
        if (orientation.getDirection().contradicts(quadrant) && Indicator.blank(orientation.getJustification())) {
            throw new BusinessRuleException(JUSTIFICATION_REQUIRED, quadrant.name(),
                    StrategicOrientation.Direction.postureOf(quadrant).name());
        }
    }
}
