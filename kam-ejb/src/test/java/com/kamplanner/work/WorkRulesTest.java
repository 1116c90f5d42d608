package com.kamplanner.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.plan.FollowUpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The work list's rules: what is late or due soon, how far ahead reviews show, and most urgent first. */
class WorkRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void anOpenActionPlanPastItsDueDateIsLateAndOneDueWithinFourteenDaysIsDueSoon() {
        FollowUpStatus late = FollowUpStatus.effective(FollowUpStatus.ON_TRACK, TODAY.minusDays(1), TODAY);
        assertEquals(WorkKind.ACTION_PLAN_LATE, WorkRules.actionPlanKind(late, TODAY.minusDays(1), TODAY));
        assertEquals(WorkKind.ACTION_PLAN_DUE, WorkRules.actionPlanKind(FollowUpStatus.ON_TRACK, TODAY, TODAY),
                "due today is not late yet");
        assertEquals(WorkKind.ACTION_PLAN_DUE, WorkRules.actionPlanKind(FollowUpStatus.AT_RISK,
                TODAY.plusDays(14), TODAY));
        assertEquals(WorkKind.ACTION_PLAN_OPEN, WorkRules.actionPlanKind(FollowUpStatus.NOT_STARTED,
                TODAY.plusDays(15), TODAY));
        assertEquals(WorkKind.ACTION_PLAN_OPEN, WorkRules.actionPlanKind(FollowUpStatus.NOT_STARTED, null, TODAY));
    }

    @Test
    void aDoneOrCancelledActionPlanIsNoWorkEvenPastItsDueDate() {
        FollowUpStatus done = FollowUpStatus.effective(FollowUpStatus.DONE, TODAY.minusDays(30), TODAY);
        assertNull(WorkRules.actionPlanKind(done, TODAY.minusDays(30), TODAY));
        assertNull(WorkRules.actionPlanKind(FollowUpStatus.CANCELLED, TODAY.plusDays(3), TODAY));
    }

    @Test
    void theKamLooksThirtyDaysAheadForReviewsAndTheDirectorToTheEndOfTheMonth() {
        assertEquals(LocalDate.of(2027, 1, 3), WorkRules.kamReviewHorizon(TODAY));
        assertEquals(LocalDate.of(2027, 1, 3), WorkRules.developmentHorizon(TODAY), "HR looks as far ahead");
        assertEquals(LocalDate.of(2026, 12, 31), WorkRules.directorReviewHorizon(TODAY));
        assertEquals(LocalDate.of(2027, 2, 28), WorkRules.directorReviewHorizon(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void whatIsLateOrHasWaitedLongestComesFirstAndUndatedWorkLast() {
        WorkItem dueNextWeek = item(WorkKind.ACTION_PLAN_DUE, TODAY.plusDays(7), null, "next week");
        WorkItem lateSinceAMonth = item(WorkKind.ACTION_PLAN_LATE, TODAY.minusMonths(1), null, "late");
        WorkItem returnedThreeDaysAgo = item(WorkKind.PLAN_RETURNED, null, TODAY.minusDays(3), "returned");
        WorkItem undated = item(WorkKind.DATABASE_MISSING, null, null, "no database");
        WorkItem reviewDueToday = item(WorkKind.PLAN_REVIEW_DUE, TODAY, null, "review");

        List<WorkItem> ordered = WorkRules.mostUrgent(List.of(undated, dueNextWeek, reviewDueToday,
                returnedThreeDaysAgo, lateSinceAMonth));

        assertEquals(List.of(lateSinceAMonth, returnedThreeDaysAgo, reviewDueToday, dueNextWeek, undated), ordered);
    }

    @Test
    void onTheSameDayTheKindDecidesThenTheTitle() {
        WorkItem conflict = item(WorkKind.CONFLICT_OPEN, null, TODAY, "b");
        WorkItem late = item(WorkKind.ACTION_PLAN_LATE, TODAY, null, "z");
        WorkItem lateToo = item(WorkKind.ACTION_PLAN_LATE, TODAY, null, "a");
        assertEquals(List.of(lateToo, late, conflict), WorkRules.mostUrgent(List.of(conflict, late, lateToo)));
    }

    @Test
    void theListStopsAtTwoHundredItemsKeepingTheMostUrgent() {
        List<WorkItem> many = new ArrayList<>();
        IntStream.range(0, 250).forEach(i -> many.add(item(WorkKind.ACTION_PLAN_OPEN, TODAY.plusDays(250 - i), null,
                "plan " + i)));
        List<WorkItem> shown = WorkRules.mostUrgent(many);
        assertEquals(WorkRules.MAX_ITEMS, shown.size());
        assertEquals(TODAY.plusDays(1), shown.get(0).due());
        assertEquals(TODAY.plusDays(200), shown.get(199).due());
    }

    @Test
    void aFloodOfOneKindLeavesRoomForTheMostUrgentOfEveryOtherKind() {
        List<WorkItem> many = new ArrayList<>();
        IntStream.range(0, 1189).forEach(i -> many.add(item(WorkKind.PLAN_REVIEW_DUE, TODAY.minusDays(1), null,
                "review " + i)));
        List<WorkItem> rules = IntStream.range(0, 9).mapToObj(i -> new WorkItem(WorkKind.CONGRUENCE_LINES, null,
                List.of(i), null, TODAY, "programme/congruence.xhtml?rule=" + i, null, "RULE_" + i)).toList();
        many.addAll(rules);
        WorkItem conflict = item(WorkKind.CONFLICT_OPEN, null, TODAY, "conflict");
        many.add(conflict);
        List<WorkItem> shown = WorkRules.mostUrgent(many);
        assertEquals(WorkRules.MAX_ITEMS, shown.size());
        assertTrue(shown.containsAll(rules), "the nine congruence counts stay");
        assertTrue(shown.contains(conflict), "the open conflict stays");
        assertEquals(190, shown.stream().filter(i -> i.kind() == WorkKind.PLAN_REVIEW_DUE).count());
        assertEquals(shown.stream().sorted(WorkRules.URGENCY).toList(), shown, "still most urgent first");
    }

    @Test
    void waitingDaysCountWholeDaysAndNeverGoNegative() {
        assertEquals(3, WorkRules.daysWaiting(TODAY.minusDays(3), TODAY));
        assertEquals(0, WorkRules.daysWaiting(TODAY.plusDays(1), TODAY));
        assertEquals(0, WorkRules.daysWaiting(null, TODAY));
    }

    private static WorkItem item(WorkKind kind, LocalDate due, LocalDate since, String title) {
        return new WorkItem(kind, 1L, List.of(title), due, since, "plan/plan.xhtml?account=1", null);
    }

    @Test
    void theDirectoryCheckTellsNeverCheckedAnsweredAndNotAnswered() {
        assertEquals(0, WorkRules.directoryCheckState(null));
        assertEquals(1, WorkRules.directoryCheckState(true));
        assertEquals(2, WorkRules.directoryCheckState(false));
    }
}
