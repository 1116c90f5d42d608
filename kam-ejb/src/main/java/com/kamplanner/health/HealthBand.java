package com.kamplanner.health;

/**
 * How a health score reads at a glance, for badges and the executive's counts: healthy from {@link #HEALTHY_FROM},
 * at risk from {@link #AT_RISK_FROM}, critical below; unknown when there is no score.
 */
public enum HealthBand {
    HEALTHY, AT_RISK, CRITICAL, UNKNOWN;

    public static final int HEALTHY_FROM = 70;
    public static final int AT_RISK_FROM = 40;

    public static HealthBand of(Integer score) {
        if (score == null) {
            return UNKNOWN;
        }
        return score >= HEALTHY_FROM ? HEALTHY : score >= AT_RISK_FROM ? AT_RISK : CRITICAL;
    }

    /** The CSS class of a badge in this band. */
    public String styleClass() {
        return "kam-health-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
