package com.kamplanner.congruence;

import com.kamplanner.people.Role;
import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The KA Director's congruence board: everything out of line in the programme, counted per rule and paged in the
 * database. Nothing is cached here, so a line fixed elsewhere is gone the next time the board is read; the counts
 * the home page shows come from {@link CongruenceSummary}, which the board's page refreshes when it opens.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class CongruenceBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeSettings settings;

    /** How many lines each rule has, every rule listed. */
    public Map<CongruenceRule, Long> counts() {
        return statements().counts();
    }

    /** How many lines one rule has, or all rules together when {@code rule} is null. */
    public long count(CongruenceRule rule) {
        return statements().count(rule);
    }

    /** One page of lines, of one rule or of all (null), ordered by rule then name. */
    public List<CongruenceLine> lines(CongruenceRule rule, int first, int max) {
        return statements().lines(rule, first, Math.min(max, 1000));
    }

    /**
     * One page over all rules when the caller already holds the {@link #counts()} (the board's page shows them
     * anyway): the page then costs only the queries of the rules it spans.
     */
    public List<CongruenceLine> linesOfAll(Map<CongruenceRule, Long> counts, int first, int max) {
        return statements().linesOfAll(counts, first, Math.min(max, 1000));
    }

    private RuleStatements statements() {
        return statements(em, settings.kamCapacity());
    }

    /** Today's rule statements, for the board and for the summary's refresh (which runs without a caller). */
    static RuleStatements statements(EntityManager em, java.math.BigDecimal kamCapacity) {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        for (SegmentSetting setting : em.createQuery("select s from SegmentSetting s", SegmentSetting.class)
                .getResultList()) {
            months.put(setting.getSegment(), setting.getReviewFrequencyMonths());
        }
        return new RuleStatements(em, kamCapacity, LocalDate.now(), months);
    }
}
