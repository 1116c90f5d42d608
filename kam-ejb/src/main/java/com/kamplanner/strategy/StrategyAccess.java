package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.platform.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The strategy services' entry to the rights model: reading follows {@link AccountAccess}; writing follows
 * {@link StrategyRights} over the caller's account rights (the KAM, and KA team members the KAM granted it).
 */
@Stateless
@PermitAll
public class StrategyAccess {

    @Inject
    AccountAccess accounts;

    /** The account, if the caller may read its strategy; {@link AccessDeniedException} otherwise. */
    public Account readable(long accountId) {
        return accounts.readable(accountId);
    }

    /** The account, if the caller may write its strategy; {@link AccessDeniedException} otherwise. */
    public Account writable(long accountId) {
        return accounts.allowed(accountId, rights -> StrategyRights.of(rights).canWrite());
    }

    public boolean canWrite(Account account) {
        return StrategyRights.of(accounts.rights(account)).canWrite();
    }

    /** True when the caller is the KAM who holds the account: the only one who grants write access. */
    public boolean isKamOf(Account account) {
        return StrategyRights.of(accounts.rights(account)).canGrant();
    }

    /** After a grant changes: the rest of the request reads the rights again. */
    public void forgetRights() {
        accounts.forgetRights();
    }

    public String callerName() {
        return accounts.callerName();
    }
}
