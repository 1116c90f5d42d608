package com.kamplanner.workspace;

import com.kamplanner.account.AccountRights;
import com.kamplanner.situation.KeyAccountDatabaseService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The pages of one account, in the order of the header's tabs, each with the right that opens it: the readers of
 * an account read its overview, database, strategy, plan and team page; only those who score it (not executives)
 * get the score sheet. The pages' services check the same rights again.
 */
public enum AccountTab {
    OVERVIEW(AccountRights::canRead),
    DATABASE(AccountRights::canRead),
    /** The whitespace map: external team members only with its grant. */
    WHITESPACE(r -> r.canRead() && (!r.isExternal() || r.getGrantedSections().contains(KeyAccountDatabaseService.WHITESPACE_MAP))),
    STRATEGY(AccountRights::canRead),
    PLAN(AccountRights::canRead),
    TEAM(AccountRights::canRead),
    SCORES(AccountRights::canScore);

    private final Predicate<AccountRights> opens;

    AccountTab(Predicate<AccountRights> opens) {
        this.opens = opens;
    }

    /** The tabs these rights open, in order; none for a caller who may not read the account. */
    public static List<AccountTab> openedBy(AccountRights rights) {
        if (!rights.canRead()) {
            return List.of();
        }
        return Arrays.stream(values()).filter(tab -> tab.opens.test(rights)).toList();
    }

    /** The tab's name in page ids and bundle keys: {@code overview}, {@code database}, and so on. */
    public String getKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
