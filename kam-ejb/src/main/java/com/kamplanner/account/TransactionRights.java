package com.kamplanner.account;

import com.kamplanner.people.AppUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller's rights, user id and the KA teams read as already computed in the current transaction, kept by {@link AccountAccess}
 * as a resource of the transaction, so that a page view read in one transaction pays the rights model's query once
 * per account instead of once per service call (issue 17: 14 of a plan page's 116 statements were the same
 * team-membership query). Nothing outlives the transaction, so nothing is shared between requests, users or
 * cluster nodes; the writes that change someone's rights ({@code AssignmentService}, the section and strategy
 * grants) {@link #forget() forget} what was kept.
 */
final class TransactionRights {

    private final Map<String, AccountRights> rights = new HashMap<>();
    private final Map<String, CallerRow> callers = new HashMap<>();
    private final Map<Long, List<AppUser>> members = new HashMap<>();

    /** The caller's rights on the account, computed by {@code compute} at most once. */
    AccountRights rights(String caller, long accountId, Supplier<AccountRights> compute) {
        return rights.computeIfAbsent(caller + '\n' + accountId, key -> compute.get());
    }

    /** The caller's user row, read by {@code compute} at most once once it is known (an unknown user is read again). */
    CallerRow caller(String caller, Supplier<CallerRow> compute) {
        CallerRow known = callers.get(caller);
        if (known != null) {
            return known;
        }
        CallerRow row = compute.get();
        if (row.known()) {
            callers.put(caller, row);
        }
        return row;
    }

    /** The members of the account's KA team, read by {@code compute} at most once. */
    List<AppUser> members(long accountId, Supplier<List<AppUser>> compute) {
        return members.computeIfAbsent(accountId, key -> List.copyOf(compute.get()));
    }

    /** What a page needs of the caller's user: the id ({@code -1} when unknown) and whether they are external. */
    record CallerRow(long id, boolean external) {
        static final CallerRow UNKNOWN = new CallerRow(-1, false);

        boolean known() {
            return id >= 0;
        }
    }

    /** Drops what was kept: someone's KAM, team or grants changed in this transaction. */
    void forget() {
        rights.clear();
        callers.clear();
        members.clear();
    }
}
