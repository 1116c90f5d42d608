package com.kamplanner.workspace;

import com.kamplanner.plan.VersionStatus;
import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.List;

/**
 * The header every page of one account shows: its name, the segment the KA Director assigned and the quadrant its
 * scores place it in (shown only when they differ, so the two are never confused), its KAM, where its plan stands
 * (the newest version's status, null without a plan) and the tabs the caller may open.
 */
public record AccountHeader(long accountId, String name, Quadrant assignedSegment, Quadrant scoredQuadrant,
                            String kamName, VersionStatus planStatus, List<AccountTab> tabs) implements Serializable {

    public AccountHeader {
        tabs = List.copyOf(tabs);
    }

    /** True when the scores place the account in another quadrant than its assigned segment. */
    public boolean isQuadrantDiffers() {
        return scoredQuadrant != null && scoredQuadrant != assignedSegment;
    }

    // Bean getters for the page: Jakarta EL 5 does not read record components as properties.

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Quadrant getAssignedSegment() {
        return assignedSegment;
    }

    public Quadrant getScoredQuadrant() {
        return scoredQuadrant;
    }

    public String getKamName() {
        return kamName;
    }

    public VersionStatus getPlanStatus() {
        return planStatus;
    }

    public List<AccountTab> getTabs() {
        return tabs;
    }
}
