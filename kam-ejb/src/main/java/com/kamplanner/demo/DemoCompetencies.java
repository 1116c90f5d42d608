package com.kamplanner.demo;

import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.AssessmentCampaign;
import com.kamplanner.competency.CompetencyFramework;
import com.kamplanner.competency.DevelopmentAction;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.LifecycleStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two validated past campaigns for the demo KAMs, so their profile pages show real radars, gaps and a trend, and
 * a few development actions. Idempotent: a campaign is created only when no campaign of that name exists.
 */
final class DemoCompetencies {

    static final String PREVIOUS = "Annual review 2024";
    static final String LAST = "Annual review 2025";

    /** Final levels per KAM for 2024 then 2025, in the framework's order of competencies (12). */
    private static final Map<String, int[][]> LEVELS = Map.of(
            "emma.kam", new int[][] {{3, 3, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2}, {4, 3, 4, 3, 3, 3, 3, 3, 2, 3, 3, 2}},
            "lucas.kam", new int[][] {{4, 4, 3, 2, 2, 2, 3, 3, 2, 2, 2, 3}, {4, 4, 4, 3, 2, 3, 3, 3, 2, 3, 3, 3}},
            "sofia.kam", new int[][] {{3, 3, 4, 4, 4, 3, 4, 4, 3, 4, 3, 3}, {4, 4, 4, 4, 4, 4, 4, 4, 3, 4, 4, 3}},
            "hugo.kam", new int[][] {{2, 3, 2, 2, 3, 2, 2, 2, 1, 2, 2, 2}, {3, 3, 3, 2, 3, 3, 2, 3, 2, 2, 2, 3}});

    private DemoCompetencies() {
    }

    /** Returns the number of campaigns created now (0 when they were already there). */
    static int seed(EntityManager em, Map<String, AppUser> users) {
        CompetencyFramework framework = em.createQuery(
                        "select f from CompetencyFramework f where f.lifecycle.status = :s",
                        CompetencyFramework.class).setParameter("s", LifecycleStatus.ACTIVE)
                .getResultStream().findFirst().orElse(null);
        if (framework == null) {
            return 0;
        }
        List<String> codes = framework.codes().toList();
        int created = 0;
        for (int year = 0; year < 2; year++) {
            String name = year == 0 ? PREVIOUS : LAST;
            boolean exists = !em.createQuery("select c.id from AssessmentCampaign c where c.name = :n", Long.class)
                    .setParameter("n", name).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            int calendarYear = 2024 + year;
            AssessmentCampaign campaign = new AssessmentCampaign(framework, name, LocalDate.of(calendarYear, 1, 1),
                    LocalDate.of(calendarYear, 12, 31), "hana.hr");
            campaign.close();
            em.persist(campaign);
            for (Map.Entry<String, int[][]> kam : LEVELS.entrySet()) {
                AppUser user = users.get(kam.getKey());
                if (user == null) {
                    continue;
                }
                int[] finals = kam.getValue()[year];
                Map<String, int[]> levels = new LinkedHashMap<>();
                for (int i = 0; i < codes.size() && i < finals.length; i++) {
                    int self = Math.min(5, finals[i] + (i % 4 == 0 ? 2 : i % 3 == 0 ? 1 : 0));
                    levels.put(codes.get(i), new int[] {self, finals[i], finals[i]});
                }
                em.persist(Assessment.validatedRecord(campaign, user, levels, "hana.hr",
                        LocalDate.of(calendarYear + 1, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            created++;
        }
        if (created > 0 && users.get("emma.kam") != null) {
            em.persist(new DevelopmentAction(users.get("emma.kam"), "STRAT_PLANNING",
                    DevelopmentAction.Kind.TRAINING, "Strategic account planning workshop (3 days)",
                    LocalDate.now().plusMonths(3), "hana.hr"));
            em.persist(new DevelopmentAction(users.get("emma.kam"), "LEAD_DEVELOP",
                    DevelopmentAction.Kind.COACHING, "Monthly coaching with the KA Director on delegating to the KA team",
                    LocalDate.now().plusMonths(6), "david.kad"));
        }
        return created;
    }
}
