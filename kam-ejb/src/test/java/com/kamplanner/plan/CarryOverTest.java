package com.kamplanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rolling forward: open action plans and unmet objectives carry over, closed and met ones do not. */
class CarryOverTest {

    private static final LocalDate NEXT = LocalDate.of(2027, 1, 1);

    @Test
    void openPlansCarryOverAndPlansClosedBeforeTheNewPeriodDoNot() {
        PlanContent content = PlanContents.plan(2, NEXT)
                .actionPlan(1, "Quarterly business review", "ON_TRACK", NEXT.plusMonths(1))
                .actionPlan(2, "Sign the service contract", "DONE", NEXT.minusMonths(2))
                .actionPlan(3, "Joint innovation day", "CANCELLED", NEXT.minusMonths(1))
                .actionPlan(4, "Price review", "DONE", NEXT.plusDays(10))
                .actionPlan(5, "Late site visit", "LATE", NEXT.minusMonths(1)).build();
        content.getProgrammes().get(0).getPlans().get(1).setClosedOn(NEXT.minusMonths(2));
        content.getProgrammes().get(0).getPlans().get(2).setClosedOn(NEXT.minusDays(1));
        content.getProgrammes().get(0).getPlans().get(3).setClosedOn(NEXT.plusDays(5));

        CarryOver.apply(content, NEXT);

        assertEquals(List.of("Quarterly business review", "Price review", "Late site visit"),
                content.getProgrammes().get(0).getPlans().stream().map(ActionPlanItem::getTitle).toList(),
                "open and late plans carry over; a plan closed during the period stays in it");
    }

    @Test
    void unmetObjectivesCarryOverAndObjectivesMetBeforeTheNewPeriodDoNot() {
        PlanContent content = PlanContents.plan(2, NEXT)
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", NEXT.plusYears(2))
                .objective(2, "OPERATIONAL", "Win the MRO tender", "1", NEXT.minusMonths(1))
                .objective(3, "OPERATIONAL", "Double the service revenue", "2", NEXT.plusMonths(6)).build();
        content.getObjectives().get(1).setMetOn(NEXT.minusMonths(1));
        content.getObjectives().get(2).setMetOn(NEXT);

        CarryOver.apply(content, NEXT);

        assertEquals(List.of("Become preferred supplier", "Double the service revenue"),
                content.getObjectives().stream().map(ObjectiveItem::getTitle).toList());
    }

    @Test
    void anObjectiveIsMetByTheFirstActualThatReachesItsTargetInItsDirection() {
        Map<LocalDate, BigDecimal> rising = new TreeMap<>(Map.of(LocalDate.of(2026, 3, 31), new BigDecimal("22"),
                LocalDate.of(2026, 6, 30), new BigDecimal("35"), LocalDate.of(2026, 9, 30), new BigDecimal("40")));
        assertEquals(LocalDate.of(2026, 6, 30), CarryOver.metOn(new BigDecimal("20"), new BigDecimal("35"), rising));
        assertNull(CarryOver.metOn(new BigDecimal("20"), new BigDecimal("50"), rising));

        Map<LocalDate, BigDecimal> falling = new TreeMap<>(Map.of(LocalDate.of(2026, 3, 31), new BigDecimal("9"),
                LocalDate.of(2026, 6, 30), new BigDecimal("4")));
        assertEquals(LocalDate.of(2026, 6, 30), CarryOver.metOn(new BigDecimal("10"), new BigDecimal("5"), falling),
                "a target below the baseline (complaints, lead time) is met going down");
        assertNull(CarryOver.metOn(new BigDecimal("10"), null, falling));
    }

    @Test
    void theHorizonPlacesMilestonesInTheirYearAndQuarter() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        PlanContent content = PlanContents.plan(1, start)
                .objective(1, "STRATEGIC", "Three-year goal", "35", LocalDate.of(2028, 12, 31))
                .objective(2, "OPERATIONAL", "Beyond the horizon", "1", LocalDate.of(2029, 1, 1))
                .actionPlan(1, "Kick-off", "ON_TRACK", LocalDate.of(2026, 2, 15))
                .actionPlan(2, "Mid-year review", "ON_TRACK", LocalDate.of(2027, 5, 2)).build();
        List<MilestoneItem> milestones = Horizon.milestones(content);
        assertEquals(3, milestones.size(), "the date after three years is outside the horizon");
        assertEquals("Kick-off", milestones.get(0).getTitle());
        assertEquals(1, milestones.get(0).getYear());
        assertEquals(1, milestones.get(0).getQuarter());
        assertEquals(2, milestones.get(1).getYear());
        assertEquals(2, milestones.get(1).getQuarter());
        assertEquals(3, milestones.get(2).getYear());
        assertEquals(4, milestones.get(2).getQuarter());
    }
}
