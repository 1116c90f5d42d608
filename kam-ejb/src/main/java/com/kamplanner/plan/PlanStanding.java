package com.kamplanner.plan;

import java.io.Serializable;
import java.time.LocalDate;

/** One plan in a list (review queue, stale plans, the plans an executive reads): where it stands in its review. */
public class PlanStanding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String accountName;
    private final String kamName;
    private final int versionNumber;
    private final VersionStatus status;
    private final LocalDate nextReview;
    private final boolean stale;
    private final boolean sponsoredByMe;

    public PlanStanding(long accountId, String accountName, String kamName, int versionNumber, VersionStatus status,
                        LocalDate nextReview, boolean stale, boolean sponsoredByMe) {
        this.accountId = accountId;
        this.accountName = accountName;
        this.kamName = kamName;
        this.versionNumber = versionNumber;
        this.status = status;
        this.nextReview = nextReview;
        this.stale = stale;
        this.sponsoredByMe = sponsoredByMe;
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

    public int getVersionNumber() {
        return versionNumber;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isSponsoredByMe() {
        return sponsoredByMe;
    }
}
