package com.kamplanner.plan;

import java.io.Serializable;

/**
 * One version of a plan as the plan page shows it: its content and, while it can still be edited, its compliance
 * with the plan template, computed from that same content ({@link PlanService#reading}), so that a page view
 * assembles the plan from the strategy and the database once, not once for the content and again for the
 * compliance (issue 17).
 */
public record PlanReading(PlanContent content, PlanCompliance compliance) implements Serializable {
}
