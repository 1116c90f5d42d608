package com.kamplanner.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a plan, from their contents alone (snapshots or live): objectives added,
 * removed or changed, action plans added or closed, and indicator targets moved. Items are matched by the id of
 * the strategy item they come from, so a renamed objective is a change, not a removal and an addition.
 */
public class PlanComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> objectivesAdded = new ArrayList<>();
    private final List<String> objectivesRemoved = new ArrayList<>();
    private final List<VersionChange> objectivesChanged = new ArrayList<>();
    private final List<String> actionPlansAdded = new ArrayList<>();
    private final List<String> actionPlansClosed = new ArrayList<>();
    private final List<TargetMove> targetsMoved = new ArrayList<>();

    public static PlanComparison of(PlanContent older, PlanContent newer) {
        PlanComparison c = new PlanComparison();
        Map<Long, ObjectiveItem> before = objectives(older);
        Map<Long, ObjectiveItem> after = objectives(newer);
        for (ObjectiveItem o : after.values()) {
            ObjectiveItem old = before.get(o.getId());
            if (old == null) {
                c.objectivesAdded.add(o.getTitle());
                continue;
            }
            if (!Objects.equals(old.getTitle(), o.getTitle())) {
                c.objectivesChanged.add(new VersionChange(o.getTitle(), old.getTitle(), o.getTitle()));
            }
            if (!Objects.equals(old.getDescription(), o.getDescription())) {
                c.objectivesChanged.add(new VersionChange(o.getTitle(), old.getDescription(), o.getDescription()));
            }
            if (!Objects.equals(old.getLevel(), o.getLevel()) || !Objects.equals(old.getParentId(), o.getParentId())) {
                c.objectivesChanged.add(VersionChange.codes(o.getTitle(), "plan.level.", old.getLevel(), o.getLevel()));
            }
            if (!Objects.equals(old.getIndicatorName(), o.getIndicatorName())
                    || !Objects.equals(old.getUnit(), o.getUnit())) {
                c.objectivesChanged.add(new VersionChange(o.getTitle(), indicator(old), indicator(o)));
            }
            if (!same(old.getTarget(), o.getTarget()) || !Objects.equals(old.getTargetDate(), o.getTargetDate())) {
                c.targetsMoved.add(new TargetMove(o.getTitle(), old.getTarget(), old.getTargetDate(), o.getTarget(),
                        o.getTargetDate()));
            }
        }
        for (ObjectiveItem o : before.values()) {
            if (!after.containsKey(o.getId())) {
                c.objectivesRemoved.add(o.getTitle());
            }
        }
        Map<Long, ActionPlanItem> plansBefore = plans(older);
        Map<Long, ActionPlanItem> plansAfter = plans(newer);
        for (ActionPlanItem p : plansAfter.values()) {
            ActionPlanItem old = plansBefore.get(p.getId());
            if (old == null) {
                c.actionPlansAdded.add(p.getTitle());
            } else if (closed(p) && !closed(old)) {
                c.actionPlansClosed.add(p.getTitle());
            }
        }
        for (ActionPlanItem p : plansBefore.values()) {
            if (!plansAfter.containsKey(p.getId()) && !closed(p)) {
                c.actionPlansClosed.add(p.getTitle());
            }
        }
        return c;
    }

    public boolean isUnchanged() {
        return objectivesAdded.isEmpty() && objectivesRemoved.isEmpty() && objectivesChanged.isEmpty()
                && actionPlansAdded.isEmpty() && actionPlansClosed.isEmpty() && targetsMoved.isEmpty();
    }

    private static boolean closed(ActionPlanItem p) {
        return p.getStatus() != null && FollowUpStatus.valueOf(p.getStatus()).isClosed();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String indicator(ObjectiveItem o) {
        return o.getIndicatorName() == null ? "" : o.getIndicatorName() + (o.getUnit() == null ? "" : " (" + o.getUnit() + ")");
    }


    private static Map<Long, ObjectiveItem> objectives(PlanContent content) {
        Map<Long, ObjectiveItem> map = new LinkedHashMap<>();
        content.getObjectives().forEach(o -> map.put(o.getId(), o));
        return map;
    }

    private static Map<Long, ActionPlanItem> plans(PlanContent content) {
        Map<Long, ActionPlanItem> map = new LinkedHashMap<>();
        content.getProgrammes().forEach(p -> p.getPlans().forEach(a -> map.put(a.getId(), a)));
        return map;
    }

    public List<String> getObjectivesAdded() {
        return objectivesAdded;
    }

    public List<String> getObjectivesRemoved() {
        return objectivesRemoved;
    }

    public List<VersionChange> getObjectivesChanged() {
        return objectivesChanged;
    }

    public List<String> getActionPlansAdded() {
        return actionPlansAdded;
    }

    public List<String> getActionPlansClosed() {
        return actionPlansClosed;
    }

    public List<TargetMove> getTargetsMoved() {
        return targetsMoved;
    }
}
