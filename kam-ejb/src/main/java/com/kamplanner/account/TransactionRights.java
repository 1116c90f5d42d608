package com.kamplanner.account;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller's rights and user id as already computed in the current transaction, kept by {@link AccountAccess}
 * as a resource of the transaction, so that a page view read in one transaction pays the rights model's query once
 * per account instead of once per service call (issue 17: 14 of a plan page's 116 statements were the same
 * team-membership query). Nothing outlives the transaction, so nothing is shared between requests, users or
 * cluster nodes; the writes that change someone's rights ({@code AssignmentService}, the section and strategy
 * grants) {@link #forget() forget} what was kept.
 */
final class TransactionRights {

    private final Map<String, AccountRights> rights = new HashMap<>();
    private final Map<String, Long> userIds = new HashMap<>();

    /** The caller's rights on the account, computed by {@code compute} at most once. */
    AccountRights rights(String caller, long accountId, Supplier<AccountRights> compute) {
        return rights.computeIfAbsent(caller + '\n' + accountId, key -> compute.get());
    }

    /** The caller's user id, read by {@code compute} at most once once it is known (an unknown user is read again). */
    long userId(String caller, Supplier<Long> compute) {
        Long known = userIds.get(caller);
        if (known != null) {
            return known;
        }
        long id = compute.get();
        if (id >= 0) {
            userIds.put(caller, id);
        }
        return id;
    }

    /** Drops what was kept: someone's KAM, team or grants changed in this transaction. */
    void forget() {
        rights.clear();
        userIds.clear();
    }
}
