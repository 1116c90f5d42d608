package com.kamplanner.web.workspace;

import com.kamplanner.workspace.AccountTab;

/** The page each tab of the account header opens, with the parameter that names the account on that page. */
final class AccountTabPages {

    private AccountTabPages() {
    }

    /** The page's path and query, relative to the application's root, e.g. {@code /plan/plan.xhtml?account=7}. */
    static String path(AccountTab tab, long accountId) {
        String page = switch (tab) {
            case OVERVIEW -> "/accounts/account.xhtml?id=";
            case DATABASE -> "/situation/database.xhtml?account=";
            case WHITESPACE -> "/whitespace/map.xhtml?account=";
            case STRATEGY -> "/strategy/workspace.xhtml?account=";
            case PLAN -> "/plan/plan.xhtml?account=";
            case TEAM -> "/plan/team.xhtml?account=";
            case SCORES -> "/selection/score.xhtml?account=";
        };
        return page + accountId;
    }
}
