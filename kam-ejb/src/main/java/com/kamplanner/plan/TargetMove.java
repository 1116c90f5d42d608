package com.kamplanner.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objective's indicator target (value and date) in two versions, kept as a number and a date so that the page
 * writes them in the reader's language.
 */
public record TargetMove(String subject, BigDecimal before, LocalDate beforeDate, BigDecimal after,
                         LocalDate afterDate) implements Serializable {

    public String getSubject() {
        return subject;
    }

    public BigDecimal getBefore() {
        return before;
    }

    public LocalDate getBeforeDate() {
        return beforeDate;
    }

    public BigDecimal getAfter() {
        return after;
    }

    public LocalDate getAfterDate() {
        return afterDate;
    }
}
