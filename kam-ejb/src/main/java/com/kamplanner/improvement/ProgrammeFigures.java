package com.kamplanner.improvement;

import java.io.Serializable;

/**
 * The programme's health in four figures, as counted on one day: of the key accounts, how many have a KAM
 * (coverage), an approved Key Account Plan (compliance: the KA Director approves only plans that meet the level
 * their segment requires) and a plan that is not stale (freshness); and how many action plans are late.
 */
public record ProgrammeFigures(long keyAccounts, long covered, long compliant, long fresh, long lateActionPlans)
        implements Serializable {

    public Integer coveragePercent() {
        return percent(covered);
    }

    public Integer compliancePercent() {
        return percent(compliant);
    }

    public Integer freshnessPercent() {
        return percent(fresh);
    }

    /** Whole per cent of the key accounts, rounded half up; none when there is no key account to count. */
    private Integer percent(long part) {
        return keyAccounts == 0 ? null : (int) ((part * 200 + keyAccounts) / (2 * keyAccounts));
    }
}
