package com.kamplanner.strategy;

import java.io.Serializable;

/**
 * One gap between a strategy and the method the KA Director asks every KAM to follow: what kind of gap, in which
 * step, and what it is about (an objective's or plan's title, a programme's name, or nothing for an empty step).
 */
public class ComplianceIssue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The checks; each has a text {@code strategy.compliance.<name>} in the bundles. */
    public enum Check {
        OBJECTIVE_WITHOUT_INDICATOR, STRATEGIC_OBJECTIVE_WITHOUT_OPTION, PLAN_WITHOUT_OBJECTIVE,
        PROGRAMME_ONE_KIND, STEP_EMPTY,
        /** Fewer potentials of one SWOT kind (the subject) than the template's minimum (the limit). */
        POTENTIALS_TOO_FEW,
        /** Both kinds of a TOWS cell (the subject) have potentials, but the cell has no option. */
        TOWS_PAIR_MISSING,
        /** A strategic objective (the subject) targets a date beyond the template's horizon (the limit, years). */
        OBJECTIVE_BEYOND_HORIZON,
        /** An item built on a cited database field that changed since: an open evidence drift flag. */
        EVIDENCE_CHANGED
    }

    private final Check check;
    private final StrategyStep step;
    private final String subject;
    private final Integer limit;

    public ComplianceIssue(Check check, StrategyStep step, String subject) {
        this(check, step, subject, null);
    }

    /** An issue measured against a figure of the template: a minimum count, a horizon in years. */
    public ComplianceIssue(Check check, StrategyStep step, String subject, Integer limit) {
        this.check = check;
        this.step = step;
        this.subject = subject;
        this.limit = limit;
    }

    /**
     * The bundle key of the issue's text; its arguments are {@link #getSubject()} (or the step's name, a SWOT kind,
     * a TOWS cell) and {@link #getLimit()}.
     */
    public String getMessageKey() {
        return "strategy.compliance." + check.name();
    }

    public Check getCheck() {
        return check;
    }

    public StrategyStep getStep() {
        return step;
    }

    public String getSubject() {
        return subject;
    }

    /** The template's figure the strategy falls short of, or null. */
    public Integer getLimit() {
        return limit;
    }

    @Override
    public String toString() {
        return check + "(" + step + (subject == null ? "" : ": " + subject) + ")";
    }
}
