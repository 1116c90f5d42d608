package com.kamplanner.improvement;

import java.io.Serializable;
import java.util.List;

/**
 * What the quarterly review shows: this quarter's figures (today's), last quarter's closing figures when they were
 * recorded, and the recorded quarters before for the trend.
 */
public record QuarterReview(Quarter quarter, ProgrammeFigures current, ProgrammeFigures previous,
                            List<QuarterFigures> history) implements Serializable {

    public Quarter previousQuarter() {
        return quarter.previous();
    }

    /** This quarter's figure minus last quarter's, in percentage points or in plans; none without last quarter. */
    public Integer change(Figure figure) {
        if (previous == null) {
            return null;
        }
        Long now = figure.of(current);
        Long then = figure.of(previous);
        return now == null || then == null ? null : (int) (now - then);
    }

    /** The four figures of the review, each read the same way from this quarter's and last quarter's counts. */
    public enum Figure {
        COVERAGE, COMPLIANCE, FRESHNESS, LATE_ACTION_PLANS;

        public Long of(ProgrammeFigures figures) {
            Integer percent = switch (this) {
                case COVERAGE -> figures.coveragePercent();
                case COMPLIANCE -> figures.compliancePercent();
                case FRESHNESS -> figures.freshnessPercent();
                case LATE_ACTION_PLANS -> null;
            };
            return this == LATE_ACTION_PLANS ? Long.valueOf(figures.lateActionPlans())
                    : percent == null ? null : Long.valueOf(percent);
        }

        /** Higher is better, except for late action plans. */
        public boolean higherIsBetter() {
            return this != LATE_ACTION_PLANS;
        }
    }
}
