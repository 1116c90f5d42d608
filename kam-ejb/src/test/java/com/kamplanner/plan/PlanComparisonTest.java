package com.kamplanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparing two versions: objectives added, removed or changed, action plans added or closed, targets moved. */
class PlanComparisonTest {

    private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q2 = LocalDate.of(2026, 4, 1);

    @Test
    void theComparisonListsEveryKindOfChange() {
        PlanContent v1 = PlanContents.plan(1, Q1)
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", LocalDate.of(2028, 12, 31))
                .objective(2, "OPERATIONAL", "Win the MRO tender", "1", LocalDate.of(2026, 9, 30))
                .objective(3, "OPERATIONAL", "Open the Asian sites", "2", LocalDate.of(2027, 6, 30))
                .actionPlan(10, "Quarterly business review", "ON_TRACK", Q2)
                .actionPlan(11, "Sign the service contract", "AT_RISK", Q2)
                .actionPlan(12, "Joint innovation day", "NOT_STARTED", Q2).build();
        PlanContent v2 = PlanContents.plan(2, Q2)
                .objective(1, "STRATEGIC", "Become preferred supplier", "40", LocalDate.of(2028, 12, 31))
                .objective(2, "OPERATIONAL", "Win the MRO and spares tender", "1", LocalDate.of(2026, 9, 30))
                .objective(4, "OPERATIONAL", "Cut the complaint rate", "2", LocalDate.of(2027, 3, 31))
                .actionPlan(10, "Quarterly business review", "ON_TRACK", Q2)
                .actionPlan(11, "Sign the service contract", "DONE", Q2)
                .actionPlan(13, "Executive sponsor visit", "NOT_STARTED", Q2).build();

        PlanComparison c = PlanComparison.of(v1, v2);

        assertEquals(List.of("Cut the complaint rate"), c.getObjectivesAdded());
        assertEquals(List.of("Open the Asian sites"), c.getObjectivesRemoved());
        assertEquals(1, c.getObjectivesChanged().size(), c.getObjectivesChanged().toString());
        assertEquals("Win the MRO tender", c.getObjectivesChanged().get(0).getBefore());
        assertEquals("Win the MRO and spares tender", c.getObjectivesChanged().get(0).getAfter());
        assertEquals(List.of("Executive sponsor visit"), c.getActionPlansAdded());
        assertEquals(List.of("Sign the service contract", "Joint innovation day"), c.getActionPlansClosed(),
                "closed in the newer version, or no longer in it while open in the older");
        assertEquals(1, c.getTargetsMoved().size());
        assertEquals("Become preferred supplier", c.getTargetsMoved().get(0).getSubject());
        assertEquals(0, new BigDecimal("35").compareTo(c.getTargetsMoved().get(0).getBefore()));
        assertEquals(0, new BigDecimal("40").compareTo(c.getTargetsMoved().get(0).getAfter()));
        assertEquals(LocalDate.of(2028, 12, 31), c.getTargetsMoved().get(0).getAfterDate(),
                "a number and a date, which the page writes in the reader's language");
    }

    @Test
    void aVersionComparedWithItselfHasNoChangesAndAMovedTargetDateCounts() {
        PlanContent v1 = PlanContents.plan(1, Q1)
                .objective(1, "STRATEGIC", "Become preferred supplier", "35.0", LocalDate.of(2028, 12, 31)).build();
        PlanContent same = PlanContents.plan(2, Q2)
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", LocalDate.of(2028, 12, 31)).build();
        assertTrue(PlanComparison.of(v1, same).isUnchanged(), "35.0 and 35 are the same target");
        PlanContent later = PlanContents.plan(2, Q2)
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", LocalDate.of(2029, 6, 30)).build();
        assertEquals(1, PlanComparison.of(v1, later).getTargetsMoved().size());
    }

    @Test
    void aMovedLevelIsAPairOfCodesThePageReadsThroughTheBundle() {
        PlanContent v1 = PlanContents.plan(1, Q1)
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", LocalDate.of(2028, 12, 31)).build();
        PlanContent v2 = PlanContents.plan(2, Q2)
                .objective(1, "OPERATIONAL", "Become preferred supplier", "35", LocalDate.of(2028, 12, 31)).build();
        VersionChange level = PlanComparison.of(v1, v2).getObjectivesChanged().get(0);
        assertEquals(List.of("plan.level.", "STRATEGIC", "OPERATIONAL"),
                List.of(level.getCodePrefix(), level.getBefore(), level.getAfter()));
        assertNull(new VersionChange("A", "old text", "new text").getCodePrefix(), "free text has no prefix");
    }
}
