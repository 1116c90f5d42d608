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
        /** An item built on a cited database field that changed since: an open evidence drift flag. */
        EVIDENCE_CHANGED
    }

    private final Check check;
    private final StrategyStep step;
    private final String subject;

    public ComplianceIssue(Check check, StrategyStep step, String subject) {
        this.check = check;
        this.step = step;
        this.subject = subject;
    }

    /** The bundle key of the issue's text; its one argument is {@link #getSubject()} (or the step's name). */
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

    @Override
    public String toString() {
        return check + "(" + step + (subject == null ? "" : ": " + subject) + ")";
    }
}
