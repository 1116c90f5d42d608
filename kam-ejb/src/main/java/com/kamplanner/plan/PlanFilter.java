package com.kamplanner.plan;

import java.io.Serializable;

/**
 * What a paged list of plans keeps: the account names containing {@code nameContains} (any when blank), and only the
 * stale plans when {@code staleOnly}. The database filters, sorts (by account name, an executive's sponsored
 * accounts first) and pages; see {@link PlanOverview#readable(PlanFilter, int, int)}.
 */
public record PlanFilter(String nameContains, boolean staleOnly) implements Serializable {

    public static final PlanFilter ALL = new PlanFilter(null, false);
    public static final PlanFilter STALE = new PlanFilter(null, true);

    public static PlanFilter named(String nameContains) {
        return new PlanFilter(nameContains, false);
    }

    /** The JPQL {@code like} pattern for the name, lower case, or null when every name matches. */
    String namePattern() {
        if (nameContains == null || nameContains.isBlank()) {
            return null;
        }
        // Wildcards are dropped, as on the portfolio: escape characters differ between databases.
        return "%" + nameContains.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "")
                .replace("_", "") + "%";
    }
}
