package com.kamplanner.plan;

import java.io.Serializable;
import java.util.List;

/**
 * The KA team's page of an account's plan, read in one service call: the action plans as followed today, the
 * objectives' indicators with their actuals, and the latest comments.
 */
public record TeamFollowUp(List<FollowUpRow> rows, List<IndicatorSeries> indicators,
        List<ActionPlanComment> comments) implements Serializable {
}
