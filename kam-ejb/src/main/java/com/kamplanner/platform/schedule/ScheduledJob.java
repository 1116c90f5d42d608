package com.kamplanner.platform.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * A piece of scheduled work, run by {@link JobScheduler} on one node of the cluster per slot. Implementations are
 * CDI beans. The work must be idempotent: a run whose node dies is run again, whole, by another node.
 */
public interface ScheduledJob {

    /** The job's unique name, the key of its lease (at most 60 characters). */
    String name();

    /** The run the job owes at {@code now}, e.g. the date of the last nightly time passed; it runs once per slot. */
    String slot(ZonedDateTime now);

    /** How long a run may take: past this, its node is presumed dead and another may run the job. */
    Duration lease();

    /** Does the work of the slot that is due at {@code now}. */
    void run(ZonedDateTime now);

    /**
     * True for a job that runs every minute or so, whose every run would otherwise add an INFO line to the log:
     * its runs are logged at FINE (its failures still as WARNING).
     */
    default boolean frequent() {
        return false;
    }
}
