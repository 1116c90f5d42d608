package com.kamplanner.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The programme's figures as last recorded in one quarter. Recorded every night and on each review, so once a
 * quarter is over its row holds the figures of its last recorded day: the basis of "this quarter against last".
 */
@Entity
@Table(name = "quarter_figures")
public class QuarterFigures implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "quarter_figures_seq", sequenceName = "quarter_figures_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarter_figures_seq")
    private Long id;

    @Column(name = "figures_year", nullable = false)
    private int figuresYear;

    @Column(name = "figures_quarter", nullable = false)
    private int figuresQuarter;

    @Column(name = "key_accounts", nullable = false)
    private long keyAccounts;

    @Column(nullable = false)
    private long covered;

    @Column(nullable = false)
    private long compliant;

    @Column(nullable = false)
    private long fresh;

    @Column(name = "late_action_plans", nullable = false)
    private long lateActionPlans;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Version
    private long version;

    protected QuarterFigures() {
    }

    public QuarterFigures(Quarter quarter) {
        this.figuresYear = quarter.year();
        this.figuresQuarter = quarter.number();
    }

    /** Keeps the figures of the given day, the quarter's latest. */
    public void record(ProgrammeFigures figures, LocalDate day) {
        keyAccounts = figures.keyAccounts();
        covered = figures.covered();
        compliant = figures.compliant();
        fresh = figures.fresh();
        lateActionPlans = figures.lateActionPlans();
        recordedOn = day;
    }

    public Quarter getQuarter() {
        return new Quarter(figuresYear, figuresQuarter);
    }

    public ProgrammeFigures getFigures() {
        return new ProgrammeFigures(keyAccounts, covered, compliant, fresh, lateActionPlans);
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
