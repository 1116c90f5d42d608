package com.kamplanner.work;

import com.kamplanner.plan.FollowUpStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the work list, apart from the database so that they are tested alone: which action plans are late
 * or due soon, how far ahead a KAM and the KA Director look for reviews, and the order, most urgent first.
 */
public final class WorkRules {

    /** At most this many items: the list is a to-do list, not a report. */
    public static final int MAX_ITEMS = 200;

    /** An action plan due within this many days is due soon. */
    public static final int DUE_SOON_DAYS = 14;

    /** A KAM sees their plans' reviews, and HR the development actions, this many days ahead. */
    public static final int LOOK_AHEAD_DAYS = 30;

    /**
     * Most urgent first: by the item's date, its due date or else since when it waits, earliest first (what is
     * late or has waited longest comes first; items without either date come last), then by kind, then title.
     */
    public static final Comparator<WorkItem> URGENCY = Comparator
            .comparing(WorkRules::urgencyDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::kind)
            .thenComparing(item -> item.titleArgs().toString());

    private WorkRules() {
    }

    /** However many items of other kinds are more urgent, each kind keeps this many of its most urgent items. */
    public static final int KEPT_PER_KIND = 10;

    /**
     * The items most urgent first, at most {@link #MAX_ITEMS}. When there are more, each kind first keeps its
     * {@link #KEPT_PER_KIND} most urgent items and the rest of the room goes by urgency: a flood of one kind (the
     * KA Director's 1,189 plans due for review this month at 10,000 accounts) must not push the others (the
     * congruence board's nine counts, an open conflict) off the list.
     */
    public static List<WorkItem> mostUrgent(Collection<WorkItem> items) {
        List<WorkItem> sorted = items.stream().sorted(URGENCY).toList();
        if (sorted.size() <= MAX_ITEMS) {
            return sorted;
        }
        Set<WorkItem> kept = new HashSet<>();
        Map<WorkKind, Integer> perKind = new EnumMap<>(WorkKind.class);
        for (WorkItem item : sorted) {
            if (perKind.merge(item.kind(), 1, Integer::sum) <= KEPT_PER_KIND) {
                kept.add(item);
            }
        }
        for (Iterator<WorkItem> next = sorted.iterator(); kept.size() < MAX_ITEMS && next.hasNext(); ) {
            kept.add(next.next());
        }
        return sorted.stream().filter(kept::contains).toList();
    }

    static LocalDate urgencyDate(WorkItem item) {
        return item.due() != null ? item.due() : item.since();
    }

    /**
     * The kind of an action plan's item from the status it shows ({@link FollowUpStatus#effective}): late, due
     * within {@link #DUE_SOON_DAYS} days, or open; null when closed, which is no work.
     */
    public static WorkKind actionPlanKind(FollowUpStatus shown, LocalDate due, LocalDate today) {
        if (shown == null || shown.isClosed()) {
            return null;
        }
        if (shown == FollowUpStatus.LATE) {
            return WorkKind.ACTION_PLAN_LATE;
        }
        return due != null && !due.isAfter(dueSoonLimit(today)) ? WorkKind.ACTION_PLAN_DUE : WorkKind.ACTION_PLAN_OPEN;
    }

    /** The last due date that is still "due soon" today. */
    public static LocalDate dueSoonLimit(LocalDate today) {
        return today.plusDays(DUE_SOON_DAYS);
    }

    /** How far ahead a KAM looks for their plans' reviews. */
    public static LocalDate kamReviewHorizon(LocalDate today) {
        return today.plusDays(LOOK_AHEAD_DAYS);
    }

    /** How far ahead HR looks for development actions due. */
    public static LocalDate developmentHorizon(LocalDate today) {
        return today.plusDays(LOOK_AHEAD_DAYS);
    }

    /** The KA Director looks at the plans due for review this month (and those already past). */
    public static LocalDate directorReviewHorizon(LocalDate today) {
        return today.with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * The directory check's title argument: 0 when never checked, 1 when it answered, 2 when it did not (the
     * bundle's choice pattern reads it).
     */
    public static int directoryCheckState(Boolean answered) {
        return answered == null ? 0 : answered ? 1 : 2;
    }

    /** Whole days from {@code since} to {@code today}, never negative. */
    public static long daysWaiting(LocalDate since, LocalDate today) {
        return since == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
