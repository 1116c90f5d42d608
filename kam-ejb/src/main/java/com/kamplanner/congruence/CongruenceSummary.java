package com.kamplanner.congruence;

import com.kamplanner.people.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The congruence board's counts per rule as last counted, for the KA Director only (as the board). The home page
 * reads them as they stand, a single small read instead of the nine counts over the programme; the board's page
 * counts again when it opens (it reads the lines anyway), and stores what it shows, so that the home page then
 * shows the same figures. {@link SummaryJob} counts again after writes and as time passes.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class CongruenceSummary {

    private static final Logger LOG = Logger.getLogger(CongruenceSummary.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SummaryRefresh refresh;

    /** The counts as they stand, counted first if some rule never was (never a zero that was not counted). */
    public CongruenceCounts latest() {
        Map<CongruenceRule, SummaryTable.Row> rows = SummaryTable.read(em);
        return counts(SummaryRules.incomplete(rows) ? recount() : rows);
    }

    /** Counted now and stored: what the board shows, and what the home page shows after it. */
    public CongruenceCounts refreshed() {
        return counts(recount());
    }

    private Map<CongruenceRule, SummaryTable.Row> recount() {
        try {
            refresh.refresh();
        } catch (EJBException e) {
            // Two first counts at once (another node or request): the other's rows are there once it failed.
            LOG.log(Level.FINE, "Congruence summary counted by someone else at the same moment", e);
        }
        Map<CongruenceRule, SummaryTable.Row> rows = SummaryTable.read(em);
        if (SummaryRules.incomplete(rows)) {
            throw new IllegalStateException("The congruence summary could not be counted");
        }
        return rows;
    }

    private static CongruenceCounts counts(Map<CongruenceRule, SummaryTable.Row> rows) {
        Map<CongruenceRule, Long> counts = new EnumMap<>(CongruenceRule.class);
        for (CongruenceRule rule : CongruenceRule.values()) {
            counts.put(rule, rows.get(rule).lines());
        }
        return new CongruenceCounts(counts, SummaryTable.countedAt(rows));
    }
}
