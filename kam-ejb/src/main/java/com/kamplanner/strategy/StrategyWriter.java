package com.kamplanner.strategy;

import java.io.Serializable;

/**
 * A member of the account's KA team as the strategy's "who may write" panel lists them: their user id, name and
 * role on the team, and whether they hold the strategy grant. A row, not the user: the panel shows a name.
 */
public final class StrategyWriter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String displayName;
    private final String teamRole;
    private final boolean granted;

    public StrategyWriter(long userId, String displayName, String teamRole, boolean granted) {
        this.userId = userId;
        this.displayName = displayName;
        this.teamRole = teamRole;
        this.granted = granted;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getTeamRole() {
        return teamRole;
    }

    public boolean isGranted() {
        return granted;
    }
}
