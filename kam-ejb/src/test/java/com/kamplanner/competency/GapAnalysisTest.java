package com.kamplanner.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.selection.Quadrant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Gaps, trends, disagreements, area averages and the fit to an account's segment, without a container. */
class GapAnalysisTest {

    private static Map<String, Integer> levels(Object... codeAndLevel) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndLevel.length; i += 2) {
            map.put((String) codeAndLevel[i], (Integer) codeAndLevel[i + 1]);
        }
        return map;
    }

    @Test
    void gapsAreSortedLargestFirstAndLeaveOutWhatMeetsTheTarget() {
        Map<String, Integer> target = levels("SELL", 3, "LEAD", 4, "STRAT", 5, "MANAGE", 3);
        Map<String, Integer> current = levels("SELL", 4, "LEAD", 3, "STRAT", 2, "MANAGE", 3);
        List<Gap> gaps = GapAnalysis.gaps(current, target);
        assertEquals(List.of("STRAT", "LEAD"), gaps.stream().map(Gap::getCompetencyCode).toList());
        assertEquals(3, gaps.get(0).getSize());
        assertEquals(1, gaps.get(1).getSize());
    }

    private static final AppUser EMMA = new AppUser("emma.kam", "Emma Laurent", Set.of(Role.KAM));

    private static DevelopmentAction action(String code, String due, DevelopmentAction.Status status) {
        DevelopmentAction action = new DevelopmentAction(EMMA, code, DevelopmentAction.Kind.TRAINING, code + " " + due,
                LocalDate.parse(due), "hana.hr");
        action.setStatus(status);
        return action;
    }

    @Test
    void gapsToCloseComeLargestFirstAnUnassessedCompetencyCountingAsItsWholeRequirement() {
        List<Gap> gaps = List.of(new Gap("SELL", 2, 3), new Gap("LEAD", null, 3), new Gap("STRAT", 1, 4),
                new Gap("MANAGE", 1, 3));
        List<GapToClose> chips = GapAnalysis.toClose(gaps, List.of());
        assertEquals(List.of("LEAD", "STRAT", "MANAGE", "SELL"),
                chips.stream().map(c -> c.getGap().getCompetencyCode()).toList(),
                "3 (never assessed: 0/3), then 3 in framework order, then 2, then 1");
        assertEquals(List.of(3, 3, 2, 1), chips.stream().map(c -> c.getGap().getSize()).toList());
    }

    @Test
    void eachGapCarriesItsOpenActionDueFirstAndNoneWhenItsActionsAreDoneOrCancelled() {
        List<Gap> gaps = List.of(new Gap("STRAT", 1, 4), new Gap("SELL", 2, 3), new Gap("LEAD", 2, 3));
        DevelopmentAction later = action("STRAT", "2027-06-30", DevelopmentAction.Status.PLANNED);
        DevelopmentAction sooner = action("STRAT", "2027-03-31", DevelopmentAction.Status.IN_PROGRESS);
        List<DevelopmentAction> plan = List.of(later, sooner,
                action("SELL", "2026-01-31", DevelopmentAction.Status.DONE),
                action("SELL", "2026-02-28", DevelopmentAction.Status.CANCELLED),
                action("MANAGE", "2027-01-31", DevelopmentAction.Status.PLANNED));
        List<GapToClose> chips = GapAnalysis.toClose(gaps, plan);
        assertEquals(sooner, chips.get(0).getAction());
        assertEquals(null, chips.get(1).getAction(), "a done or cancelled action leaves the gap without one");
        assertEquals(null, chips.get(2).getAction(), "an action aimed at another competency does not count");
    }

    @Test
    void aCompetencyNeverValidatedCountsAsTheWholeRequirement() {
        List<Gap> gaps = GapAnalysis.gaps(levels("SELL", 3), levels("SELL", 3, "STRAT", 4));
        assertEquals(1, gaps.size());
        assertEquals(4, gaps.get(0).getSize());
        assertEquals(null, gaps.get(0).getCurrent());
    }

    @Test
    void theStrictestRequirementWinsWhenAKamHoldsSeveralSegments() {
        Map<String, Integer> role = levels("SELL", 3, "STRAT", 3);
        Map<String, Integer> strategic = levels("STRAT", 4);
        Map<String, Integer> star = levels("SELL", 4, "STRAT", 2);
        assertEquals(levels("SELL", 4, "STRAT", 4), GapAnalysis.strictest(role, strategic, star));
    }

    @Test
    void theTrendComparesWithThePreviousCampaignOnly() {
        Map<String, Integer> trend = GapAnalysis.trend(levels("SELL", 4, "LEAD", 2, "NEW", 3),
                levels("SELL", 3, "LEAD", 3));
        assertEquals(levels("SELL", 1, "LEAD", -1), trend);
    }

    @Test
    void selfAndManagerDisagreeFromTwoLevelsApart() {
        List<String> codes = GapAnalysis.disagreements(levels("A", 5, "B", 4, "C", 1, "D", 3),
                levels("A", 3, "B", 3, "C", 4));
        assertEquals(List.of("A", "C"), codes);
    }

    @Test
    void areaAveragesHaveNoNamesAndRoundToOneDecimal() {
        Map<String, String> areas = levels("S1", 0, "S2", 0, "L1", 0).keySet().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c, c -> c.startsWith("S") ? "Selling" : "Leading",
                        (a, b) -> a, LinkedHashMap::new));
        Map<String, Double> averages = GapAnalysis.areaAverages(areas,
                List.of(levels("S1", 4, "S2", 3, "L1", 2), levels("S1", 3, "S2", 3, "L1", 3)));
        assertEquals(3.3, averages.get("Selling"));
        assertEquals(2.5, averages.get("Leading"));
    }

    @Test
    void aKamFallsShortOfAStrategicAccountWhenStrategicThinkingIsBelowFour() {
        Map<String, Integer> target = GapAnalysis.strictest(DefaultFrameworkContent.KAM_ROLE,
                DefaultFrameworkContent.SEGMENTS.get(Quadrant.STRATEGIC));
        Map<String, Integer> levels = new LinkedHashMap<>();
        target.keySet().forEach(code -> levels.put(code, 4));
        levels.put("STRAT_PLANNING", 3);
        AccountFit fit = AccountFit.of("Emma", Quadrant.STRATEGIC, levels, target);
        assertFalse(fit.isFits());
        assertEquals(List.of("STRAT_PLANNING"), fit.getShortfalls().stream().map(Gap::getCompetencyCode).toList());

        levels.put("STRAT_PLANNING", 4);
        assertTrue(AccountFit.of("Emma", Quadrant.STRATEGIC, levels, target).isFits());
        AccountFit unassessed = AccountFit.of("New", Quadrant.STREAMLINE, Map.of(), target);
        assertFalse(unassessed.isAssessed());
        assertEquals(target.size(), unassessed.getShortfalls().size());
    }

    @Test
    void theShippedFrameworkIsCompleteInBothLanguages() {
        CompetencyFramework framework = DefaultCompetencyFramework.build();
        assertEquals(List.of("Selling", "Managing (the KA team)", "Leading", "Strategic thinking"),
                framework.getAreas().stream().map(a -> a.name(java.util.Locale.ENGLISH)).toList());
        for (CompetencyArea area : framework.getAreas()) {
            int size = area.getCompetencies().size();
            assertTrue(size >= 3 && size <= 4, area.getCode());
            for (Competency c : area.getCompetencies()) {
                assertEquals(5, c.getLevels().size(), c.getCode());
                assertTrue(c.getIndicators().size() >= 2, c.getCode());
                for (LevelText level : c.getLevels()) {
                    assertTrue(level.getEn().length() > 15 && level.getFr().length() > 15, c.getCode());
                    assertFalse(level.getEn().equals(level.getFr()), c.getCode() + " has a French text");
                }
                assertTrue(DefaultFrameworkContent.KAM_ROLE.containsKey(c.getCode()), "role target " + c.getCode());
            }
        }
        assertTrue(DefaultFrameworkContent.SEGMENTS.get(Quadrant.STRATEGIC).get("STRAT_PLANNING") >= 4);
        assertTrue(framework.codes().toList().containsAll(DefaultFrameworkContent.SEGMENTS.values().stream()
                .flatMap(m -> m.keySet().stream()).toList()));
    }
}
