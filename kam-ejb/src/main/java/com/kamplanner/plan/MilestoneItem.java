package com.kamplanner.plan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A dated milestone of the three-year horizon (an objective's target date or an action plan's due date),
 * placed in its year (1 to 3) and quarter (1 to 4) from the start of the period.
 */
public class MilestoneItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private int year;
    private int quarter;
    private LocalDate date;
    private String kind;
    private String title;

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
