package com.kamplanner.congruence;

import com.kamplanner.programme.ProgrammeSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * Writes the congruence summary, each step committed on its own so that every node reads a count as soon as it
 * is made. It reads nothing back to its caller: it runs for the scheduled job, which has no caller, and for
 * {@link CongruenceSummary}, which is the KA Director's door to the counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SummaryRefresh {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeSettings settings;

    /** Counts every rule now and stores the counts. */
    public void refresh() {
        Instant startedAt = Instant.now();
        Map<CongruenceRule, Long> counts = CongruenceBoard.statements(em, settings.kamCapacity()).counts();
        SummaryTable.write(em, counts, startedAt);
    }

    /** Counts again when {@link SummaryRules#due} says so at {@code now}; true if it counted. */
    public boolean refreshIfDue(Instant now) {
        Map<CongruenceRule, SummaryTable.Row> rows = SummaryTable.read(em);
        if (!SummaryRules.due(SummaryTable.countedAt(rows), SummaryTable.staleSince(rows), now,
                ZoneId.systemDefault())) {
            return false;
        }
        refresh();
        return true;
    }

    /** Marks the summary stale: a write may have changed a rule's lines. */
    public void markStale() {
        SummaryTable.markStale(em, Instant.now());
    }
}
