package com.kamplanner.plan;

import com.kamplanner.strategy.ActionPlan;

/**
 * Keeps the strategy's own status of an action plan in step with its follow-up: the strategy knows planned, in
 * progress, done, on hold and cancelled; the follow-up adds on track and at risk, and computes late.
 */
public final class FollowUpMapping {

    private FollowUpMapping() {
    }

    /** The follow-up status of a plan that has no update yet. */
    public static FollowUpStatus fromStrategy(ActionPlan.Status status) {
        if (status == null) {
            return FollowUpStatus.NOT_STARTED;
        }
        return switch (status) {
            case DONE -> FollowUpStatus.DONE;
            case CANCELLED -> FollowUpStatus.CANCELLED;
            case IN_PROGRESS -> FollowUpStatus.ON_TRACK;
            case ON_HOLD -> FollowUpStatus.AT_RISK;
            case PLANNED -> FollowUpStatus.NOT_STARTED;
        };
    }

    /** The strategy status an update implies. */
    public static ActionPlan.Status toStrategy(FollowUpStatus status) {
        return switch (status) {
            case DONE -> ActionPlan.Status.DONE;
            case CANCELLED -> ActionPlan.Status.CANCELLED;
            case NOT_STARTED -> ActionPlan.Status.PLANNED;
            default -> ActionPlan.Status.IN_PROGRESS;
        };
    }

    /**
     * What an update just recorded changes on its action plan, in the update's transaction: the strategy's status
     * it implies, and the latest follow-up status that {@link FollowUpService#OPEN} reads.
     */
    public static void follow(ActionPlan plan, FollowUpStatus latest) {
        plan.setStatus(toStrategy(latest));
        plan.setFollowUpStatus(latest.name());
    }
}
