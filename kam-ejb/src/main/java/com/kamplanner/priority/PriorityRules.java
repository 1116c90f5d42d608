package com.kamplanner.priority;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.strategy.Objective;
import java.util.Collection;

/**
 * The rules on corporate priorities that need no database, apart so that they are tested alone: a period runs
 * forwards, and only strategic objectives serve corporate priorities (operational ones serve their strategic
 * parent, which carries the link).
 */
public final class PriorityRules {

    public static final String PERIOD_ORDER = "priority.period.order";
    public static final String STRATEGIC_ONLY = "priority.link.strategicOnly";

    private PriorityRules() {
    }

    /** The period's first year may not come after its last. */
    public static void checkPeriod(Integer fromYear, Integer toYear) {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new BusinessRuleException(PERIOD_ORDER, fromYear, toYear);
        }
    }

    /** Only a strategic objective links to priorities; any other level may name none. */
    public static void checkLinkable(Objective.Level level, Collection<Long> priorityIds) {
        if (level != Objective.Level.STRATEGIC && priorityIds != null && !priorityIds.isEmpty()) {
            throw new BusinessRuleException(STRATEGIC_ONLY);
        }
    }
}
