package com.kamplanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.template.DocumentTemplate;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A plan below its segment's required compliance level, or missing a mandatory part, cannot be submitted. */
class PlanComplianceTest {

    private final DocumentTemplate template = DefaultPlanTemplate.create(1);

    private static PlanContent complete() {
        PlanContent c = PlanContents.plan(1, LocalDate.of(2026, 1, 1))
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", LocalDate.of(2028, 12, 31))
                .actionPlan(1, "Quarterly business review", "ON_TRACK", LocalDate.of(2026, 3, 1)).build();
        c.setSummary("Summary");
        c.getCustomerPriorities().add("Fleet availability");
        c.setCurrentStage("BASIC");
        c.setTargetStage("COOPERATIVE");
        c.setVision("Vision");
        c.setMission("Mission");
        c.setDirection("INVEST_FOR_GROWTH");
        ContingencyItem contingency = new ContingencyItem();
        contingency.setTrigger("A competitor undercuts");
        contingency.setResponse("Value workshop");
        c.getContingencies().add(contingency);
        TeamItem member = new TeamItem();
        member.setName("Tom Bernard");
        c.getTeam().add(member);
        c.setSponsorName("Claire Martin");
        return c;
    }

    @Test
    void aCompletePlanComplies() {
        PlanCompliance compliance = PlanCompliance.of(template, complete(), 100, true, Locale.ENGLISH);
        assertEquals(100, compliance.getPercent());
        assertTrue(compliance.getMissing().isEmpty());
        assertTrue(compliance.isSubmittable());
    }

    @Test
    void belowTheSegmentsLevelTheMissingPartsAreListed() {
        PlanContent c = complete();
        c.setVision(null);
        c.getContingencies().clear();
        PlanCompliance strategic = PlanCompliance.of(template, c, 100, true, Locale.ENGLISH);
        assertFalse(strategic.isSubmittable());
        assertEquals(85, strategic.getPercent());
        assertEquals(2, strategic.getMissing().size(), strategic.getMissing().toString());
        assertTrue(strategic.getMissing().get(0).startsWith("Vision and mission: Vision"));
        assertTrue(PlanCompliance.of(template, c, 80, false, Locale.ENGLISH).isSubmittable(), "a Star plan may");
        PlanCompliance french = PlanCompliance.of(template, c, 100, true, Locale.FRENCH);
        assertEquals("Plans de contingence: Au moins un plan de contingence", french.getMissing().get(1));
    }

    @Test
    void aMandatoryPartOrARequiredSponsorIsNeededWhateverTheLevel() {
        PlanContent noStage = complete();
        noStage.setTargetStage(null);
        assertFalse(PlanCompliance.of(template, noStage, 0, false, Locale.ENGLISH).isSubmittable());
        PlanContent noSponsor = complete();
        noSponsor.setSponsorName(null);
        assertFalse(PlanCompliance.of(template, noSponsor, 0, true, Locale.ENGLISH).isSubmittable());
        assertTrue(PlanCompliance.of(template, noSponsor, 0, false, Locale.ENGLISH).isSubmittable());
    }
}
