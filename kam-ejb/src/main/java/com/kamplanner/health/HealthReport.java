package com.kamplanner.health;

import java.io.Serializable;
import java.util.List;

/**
 * One key account's health as the account page and the API show it: the stored score and components, and the
 * trend of the last {@link #MONTHS} months, one point per month, this month's being the current score.
 */
public final class HealthReport implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MONTHS = 12;

    private final long accountId;
    private final Integer score;
    private final boolean computed;
    private final List<ComponentValue> components;
    private final List<MonthScore> history;

    public HealthReport(long accountId, Integer score, boolean computed, List<ComponentValue> components,
                        List<MonthScore> history) {
        this.accountId = accountId;
        this.score = score;
        this.computed = computed;
        this.components = List.copyOf(components);
        this.history = List.copyOf(history);
    }

    public long getAccountId() {
        return accountId;
    }

    /** 0 to 100, or null when nothing is known (or the account has not been scored yet). */
    public Integer getScore() {
        return score;
    }

    /** False until the first computation after the account became key: the page says it is coming. */
    public boolean isComputed() {
        return computed;
    }

    public List<ComponentValue> getComponents() {
        return components;
    }

    /** How many components are switched on but unknown: weighted out of the score, and the page says so. */
    public long getMissing() {
        return components.stream().filter(c -> c.isSwitchedOn() && !c.isKnown()).count();
    }

    public List<MonthScore> getHistory() {
        return history;
    }
}
