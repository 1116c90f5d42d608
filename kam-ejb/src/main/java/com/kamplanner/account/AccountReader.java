package com.kamplanner.account;

import java.util.List;

/**
 * Who reads accounts, settled once by {@link AccountAccess}: the user, whether they hold the KAM role (which makes
 * them the KAM of the accounts they hold), and the accounts they hold or are on the team of. Lists that work for
 * someone who is not the caller (the calendar feed, read by a client that cannot log in) take one, so that they
 * follow the same rights as the caller's own lists.
 */
public record AccountReader(long userId, String username, boolean kamRole, List<Long> visibleAccountIds) {

    public AccountReader {
        visibleAccountIds = List.copyOf(visibleAccountIds);
    }
}
