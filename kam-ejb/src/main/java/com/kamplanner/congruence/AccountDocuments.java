package com.kamplanner.congruence;

import com.kamplanner.selection.Quadrant;

import java.io.Serializable;

/**
 * One key account in the drill-down of compliance by KAM, worked out by the modules' own Java rules: the Key
 * Account Database's completeness against its segment's minimum, the strategy's compliance issues, and whether a
 * version of the plan has passed the segment's compliance gate (with the current version's live compliance).
 */
public class AccountDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String accountName;
    private final Quadrant segment;
    private final int databaseCompleteness;
    private final int databaseMinimum;
    private final boolean databaseMet;
    private final int strategyIssues;
    private final Integer planPercent;
    private final boolean planMet;

    public AccountDocuments(long accountId, String accountName, Quadrant segment, int databaseCompleteness,
                            int databaseMinimum, boolean databaseMet, int strategyIssues, Integer planPercent,
                            boolean planMet) {
        this.accountId = accountId;
        this.accountName = accountName;
        this.segment = segment;
        this.databaseCompleteness = databaseCompleteness;
        this.databaseMinimum = databaseMinimum;
        this.databaseMet = databaseMet;
        this.strategyIssues = strategyIssues;
        this.planPercent = planPercent;
        this.planMet = planMet;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public int getDatabaseCompleteness() {
        return databaseCompleteness;
    }

    public int getDatabaseMinimum() {
        return databaseMinimum;
    }

    public boolean isDatabaseMet() {
        return databaseMet;
    }

    public int getStrategyIssues() {
        return strategyIssues;
    }

    public boolean isStrategyMet() {
        return strategyIssues == 0;
    }

    /** The current plan version's compliance in percent, or null when the account has no plan yet. */
    public Integer getPlanPercent() {
        return planPercent;
    }

    public boolean isPlanMet() {
        return planMet;
    }
}
