package com.kamplanner.whitespace;

import com.kamplanner.platform.BusinessRuleException;
import java.util.Collection;

/** What each cell state requires, checked without a server: a value for supplied and open, a known competitor. */
public final class WhitespaceRules {

    public static final String VALUE_REQUIRED = "whitespace.value.required";
    public static final String STAGE_REQUIRED = "whitespace.stage.required";
    public static final String COMPETITOR_REQUIRED = "whitespace.competitor.required";
    public static final String UNKNOWN_COMPETITOR = "whitespace.competitor.unknown";

    private WhitespaceRules() {
    }

    /** Refuses the input unless its state's fields are there; {@code competitors} are the Database's. */
    public static void check(CellInput input, Collection<String> competitors) {
        CellState state = input.getState();
        if (state.valued() && input.getValue() == null) {
            throw new BusinessRuleException(VALUE_REQUIRED);
        }
        if (state == CellState.OPEN && input.getStage() == null) {
            throw new BusinessRuleException(STAGE_REQUIRED);
        }
        if (state == CellState.COMPETITOR) {
            if (input.getCompetitor() == null || input.getCompetitor().isBlank()) {
                throw new BusinessRuleException(COMPETITOR_REQUIRED);
            }
            if (!competitors.contains(input.getCompetitor())) {
                throw new BusinessRuleException(UNKNOWN_COMPETITOR, input.getCompetitor());
            }
        }
    }
}
