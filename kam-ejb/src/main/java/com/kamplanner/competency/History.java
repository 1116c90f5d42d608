package com.kamplanner.competency;

import com.kamplanner.account.Account;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.QuadrantLookup;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reads the competency services share, behind their privacy checks: validated history and segments held. */
final class History {

    private History() {
    }

    /** A KAM's validated assessments, newest first. */
    static List<Assessment> validated(EntityManager em, long kamId) {
        return em.createQuery("select a from Assessment a where a.kam.id = :kam and a.status = :validated "
                        + "order by a.validatedAt desc, a.id desc", Assessment.class)
                .setParameter("kam", kamId).setParameter("validated", Assessment.Status.VALIDATED).getResultList();
    }

    static Map<String, Integer> finalLevels(Assessment assessment) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (assessment != null) {
            assessment.getRatings().stream().filter(r -> r.getFinalLevel() != null)
                    .forEach(r -> levels.put(r.getCompetencyCode(), r.getFinalLevel()));
        }
        return levels;
    }

    static Map<String, Integer> selfLevels(Assessment assessment) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        assessment.getRatings().stream().filter(r -> r.getSelfLevel() != null)
                .forEach(r -> levels.put(r.getCompetencyCode(), r.getSelfLevel()));
        return levels;
    }

    static Map<String, Integer> managerLevels(Assessment assessment) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        assessment.getRatings().stream().filter(r -> r.getManagerLevel() != null)
                .forEach(r -> levels.put(r.getCompetencyCode(), r.getManagerLevel()));
        return levels;
    }

    /**
     * The segments of the key accounts a KAM holds: the account's segment, or, for a key account not yet
     * segmented, its quadrant in the selection matrix today.
     */
    static Set<Quadrant> segmentsHeld(EntityManager em, QuadrantLookup quadrants, long kamId) {
        Set<Quadrant> segments = EnumSet.noneOf(Quadrant.class);
        for (Account account : em.createQuery("select a from Account a where a.kam.id = :kam and a.keyAccount = true",
                Account.class).setParameter("kam", kamId).getResultList()) {
            if (account.getSegment() != null) {
                segments.add(account.getSegment());
            } else {
                quadrants.quadrantOf(account.getId()).ifPresent(segments::add);
            }
        }
        return segments;
    }
}
