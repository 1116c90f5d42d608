package com.kamplanner.account.imports;

import com.kamplanner.people.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The background imports of the KA Director, so that a page can poll the progress of an import running on another
 * thread, and on another node of a cluster (issue 17: nothing a user needs is kept on one node only). Each run is a
 * row of {@code import_run}, written as the import moves ({@link ImportRuns}); each user sees only their own, and
 * finished runs are forgotten after an hour. A run that stopped moving for {@link #SILENT} never finishes: its node
 * stopped, and the import, one transaction, went in whole or not at all.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class ImportJobs {

    /** Reason of a run whose node stopped before it finished (the page's message). */
    public static final String LOST = "import.lost";

    /** How long a running import may stay without moving before it counts as lost with its node. */
    static final Duration SILENT = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportRuns runs;

    @Resource
    SessionContext context;

    /** A new job of the caller's, not started yet, recorded so that any node can follow it. */
    public ImportJob open(String fileName) {
        ImportJob job = new ImportJob(context.getCallerPrincipal().getName(), fileName);
        runs.create(job);
        job.watch(runs::follow);
        return job;
    }

    /** The caller's job with this id, as last recorded; empty for someone else's or a forgotten one. */
    public Optional<ImportJob> find(String id) {
        ImportRun run = id == null ? null : em.find(ImportRun.class, id);
        if (run == null || !run.getOwner().equals(context.getCallerPrincipal().getName())) {
            return Optional.empty();
        }
        ImportJob job = run.toJob();
        if (!run.isFinished() && run.getUpdatedAt().isBefore(Instant.now().minus(SILENT))) {
            return Optional.of(job.failedAs(LOST));
        }
        return Optional.of(job);
    }
}
