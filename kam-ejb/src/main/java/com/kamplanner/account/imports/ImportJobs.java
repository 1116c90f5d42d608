package com.kamplanner.account.imports;

import com.kamplanner.people.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports running or recently finished in this server, so that a page can poll the progress of an import
 * running on another thread. Held in memory: a job lives for the page that started it, and each user sees only
 * their own. Finished jobs are forgotten after an hour.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class ImportJobs {

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    @Resource
    SessionContext context;

    /** A new job of the caller's, not started yet. */
    public ImportJob open(String fileName) {
        Instant forgotten = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> job.isFinished() && job.getStartedAt().isBefore(forgotten));
        ImportJob job = new ImportJob(context.getCallerPrincipal().getName(), fileName);
        jobs.put(job.getId(), job);
        return job;
    }

    /** The caller's job with this id; empty for someone else's or a forgotten one. */
    public Optional<ImportJob> find(String id) {
        ImportJob job = id == null ? null : jobs.get(id);
        return job != null && job.getOwner().equals(context.getCallerPrincipal().getName())
                ? Optional.of(job) : Optional.empty();
    }
}
