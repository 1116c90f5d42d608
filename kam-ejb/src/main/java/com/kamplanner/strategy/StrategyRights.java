package com.kamplanner.strategy;

import com.kamplanner.account.AccountRights;

/**
 * The strategy's policy over the caller's {@link AccountRights}: readers read it; the account's KAM writes it and
 * grants writing; a member of the KA team writes it while holding the KAM's grant.
 */
public final class StrategyRights {

    private final AccountRights rights;

    private StrategyRights(AccountRights rights) {
        this.rights = rights;
    }

    public static StrategyRights of(AccountRights rights) {
        return new StrategyRights(rights);
    }

    public boolean canWrite() {
        return rights.isKam() || rights.isStrategyGranted();
    }

    /** Only the KAM who holds the account grants write access. */
    public boolean canGrant() {
        return rights.isKam();
    }
}
