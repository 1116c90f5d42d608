package com.kamplanner.plan;

import com.kamplanner.account.AccountRights;

/**
 * The plan's policy over the caller's {@link AccountRights}: only the account's KAM writes and submits; the KAM
 * updates every action plan, a team member those they own; the KAM and the KA team comment; readers only read.
 */
public final class PlanRights {

    private final AccountRights rights;

    private PlanRights(AccountRights rights) {
        this.rights = rights;
    }

    public static PlanRights of(AccountRights rights) {
        return new PlanRights(rights);
    }

    public boolean canWrite() {
        return rights.isKam();
    }

    /** {@code owner} is the username of the action plan's owner, or null when it has none. */
    public boolean canUpdate(String owner) {
        return rights.isKam() || rights.isOnTeam() && owner != null && owner.equals(rights.getCaller());
    }

    public boolean canComment() {
        return rights.isKam() || rights.isOnTeam();
    }
}
