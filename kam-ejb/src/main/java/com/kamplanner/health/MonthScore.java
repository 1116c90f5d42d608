package com.kamplanner.health;

import java.io.Serializable;
import java.time.YearMonth;

/** An account's health in one month: the nightly snapshot's score, or null when none was kept that month. */
public final class MonthScore implements Serializable {

    private static final long serialVersionUID = 1L;

    private final YearMonth month;
    private final Integer score;

    public MonthScore(YearMonth month, Integer score) {
        this.month = month;
        this.score = score;
    }

    public YearMonth getMonth() {
        return month;
    }

    public Integer getScore() {
        return score;
    }
}
