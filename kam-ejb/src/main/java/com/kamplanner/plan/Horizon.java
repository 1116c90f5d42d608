package com.kamplanner.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan's three-year horizon from the start of its period, with yearly and quarterly milestones: every
 * objective's target date and every action plan's due date that falls inside it, placed in its year and quarter.
 */
public final class Horizon {

    public static final int YEARS = 3;

    private Horizon() {
    }

    public static LocalDate end(LocalDate start) {
        return start.plusYears(YEARS).minusDays(1);
    }

    public static List<MilestoneItem> milestones(PlanContent content) {
        LocalDate start = content.getPeriodStart();
        List<MilestoneItem> milestones = new ArrayList<>();
        for (ObjectiveItem objective : content.getObjectives()) {
            add(milestones, start, objective.getTargetDate(), "OBJECTIVE", objective.getTitle());
        }
        for (ProgrammeItem programme : content.getProgrammes()) {
            for (ActionPlanItem plan : programme.getPlans()) {
                add(milestones, start, plan.getDueDate(), "ACTION_PLAN", plan.getTitle());
            }
        }
        milestones.sort(Comparator.comparing(MilestoneItem::getDate).thenComparing(MilestoneItem::getTitle));
        return milestones;
    }

    private static void add(List<MilestoneItem> milestones, LocalDate start, LocalDate date, String kind, String title) {
        if (date == null || date.isBefore(start) || date.isAfter(end(start))) {
            return;
        }
        long months = ChronoUnit.MONTHS.between(start, date);
        MilestoneItem milestone = new MilestoneItem();
        milestone.setYear((int) (months / 12) + 1);
        milestone.setQuarter((int) (months % 12) / 3 + 1);
        milestone.setDate(date);
        milestone.setKind(kind);
        milestone.setTitle(title);
        milestones.add(milestone);
    }
}
