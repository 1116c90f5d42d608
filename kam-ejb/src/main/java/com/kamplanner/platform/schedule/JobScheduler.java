package com.kamplanner.platform.schedule;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ticks every minute on every node (a non-persistent timer: EJB Lite has no other) and runs each due job only
 * when this node wins the job's lease, so that each slot of each job runs once in the cluster. A job that fails
 * keeps its lease until it runs out; then whichever node ticks first runs it again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    /** This node, in the leases and the logs: process and host, and a suffix that tells redeployments apart. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    private final AtomicBoolean ticking = new AtomicBoolean();

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @Inject
    JobLeases leases;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "scheduled jobs")
    void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            ZonedDateTime now = ZonedDateTime.now();
            for (ScheduledJob job : jobs) {
                runIfDue(job, now);
            }
        } finally {
            ticking.set(false);
        }
    }

    private void runIfDue(ScheduledJob job, ZonedDateTime now) {
        String slot = job.slot(now);
        try {
            if (!registered.contains(job.name())) {
                leases.register(job.name(), slot);
                registered.add(job.name());
            }
            if (!leases.claim(job.name(), node, slot, Instant.now().plus(job.lease()))) {
                LOG.fine(() -> "Scheduled job " + job.name() + " not run for " + slot + " on " + node
                        + ": done or held by another node");
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Lease of " + job.name() + " not claimed; another node holds it", e);
            return;
        }
        try {
            job.run(now);
            leases.complete(job.name(), node, slot);
            LOG.log(job.frequent() ? Level.FINE : Level.INFO,
                    () -> "Scheduled job " + job.name() + " ran for " + slot + " on " + node);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled job " + job.name() + " failed for " + slot + " on " + node
                    + "; it runs again when its lease of " + job.lease() + " runs out", e);
        }
    }

    /** This node's name in the {@code holder} column of {@code job_lease}. */
    public String node() {
        return node;
    }
}
