package com.kamplanner.strategy;

import java.io.Serializable;
import java.util.List;

/** One key account's line on the KA Director's compliance page: its KAM and its strategy's compliance issues. */
public class AccountCompliance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String accountName;
    private final String kamName;
    private final boolean started;
    private final List<ComplianceIssue> issues;

    public AccountCompliance(long accountId, String accountName, String kamName, boolean started,
                             List<ComplianceIssue> issues) {
        this.accountId = accountId;
        this.accountName = accountName;
        this.kamName = kamName;
        this.started = started;
        this.issues = List.copyOf(issues);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getKamName() {
        return kamName;
    }

    /** False when nobody has saved any step of the account's strategy yet. */
    public boolean isStarted() {
        return started;
    }

    public List<ComplianceIssue> getIssues() {
        return issues;
    }
}
