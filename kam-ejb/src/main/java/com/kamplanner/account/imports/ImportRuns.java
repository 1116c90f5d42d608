package com.kamplanner.account.imports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a background import's run ({@link ImportRun}) in short transactions of its own, beside the import's one
 * long transaction: what it writes is seen at once from every node, and stays when the import rolls back. Called
 * by {@link ImportJobs} and, through the job's watcher, by the thread running the import.
 */
@Stateless
@PermitAll
public class ImportRuns {

    private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

    /** How long a finished run stays readable. */
    static final Duration KEPT = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    /** Records a new run, and forgets the runs finished more than {@link #KEPT} ago. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(ImportJob job) {
        em.createQuery("delete from ImportRun r where r.finished = true and r.updatedAt < :forgotten")
                .setParameter("forgotten", Instant.now().minus(KEPT)).executeUpdate();
        em.persist(new ImportRun(job));
    }

    /**
     * Writes the job's progress, or its outcome once finished. A failure to write is logged, never thrown: the
     * import itself goes on, and only its progress bar lags.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void follow(ImportJob job) {
        ImportRun run = em.find(ImportRun.class, job.getId());
        if (run == null) {
            LOG.warning(() -> "Import run " + job.getId() + " of " + job.getFileName() + " is not recorded");
            return;
        }
        try {
            run.follow(job);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import run " + job.getId() + " not updated", e);
        }
    }
}
