package com.kamplanner.platform.schedule;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The statements on {@code job_lease}, in the caller's transaction. A claim is one conditional update, which the
 * database serialises on the job's row: of two nodes claiming at once, the second sees the first's lease and
 * updates nothing. Plain SQL, identical on H2 and PostgreSQL.
 */
final class LeaseTable {

    private LeaseTable() {
    }

    /**
     * Adds the job's row, free and with {@code doneSlot} taken as done, unless it is there; false if it was. Two
     * nodes adding the same job at once make the second fail on the primary key: it then finds the row there.
     */
    static boolean register(EntityManager em, String job, String doneSlot, Instant now) {
        return em.createNativeQuery("insert into job_lease (job_name, lease_until, done_slot) select cast(?1 as varchar(60)), "
                        + "cast(?2 as timestamp), cast(?3 as varchar(40)) from (values (0)) v "
                        + "where not exists (select 1 from job_lease where job_name = ?1)")
                .setParameter(1, job).setParameter(2, utc(now)).setParameter(3, doneSlot).executeUpdate() == 1;
    }

    /** Makes {@code holder} the holder until {@code until}, if the lease is free and {@code slot} not done yet. */
    static boolean claim(EntityManager em, String job, String holder, String slot, Instant now, Instant until) {
        return em.createNativeQuery("update job_lease set holder = ?1, lease_until = ?2, started_at = ?3 "
                        + "where job_name = ?4 and lease_until <= ?3 and (done_slot is null or done_slot <> ?5)")
                .setParameter(1, holder).setParameter(2, utc(until)).setParameter(3, utc(now))
                .setParameter(4, job).setParameter(5, slot).executeUpdate() == 1;
    }

    /** Marks {@code slot} done and frees the lease, if {@code holder} still holds it. */
    static boolean complete(EntityManager em, String job, String holder, String slot, Instant now) {
        return em.createNativeQuery("update job_lease set done_slot = ?1, finished_at = ?2, lease_until = ?2 "
                        + "where job_name = ?3 and holder = ?4 and lease_until > ?2")
                .setParameter(1, slot).setParameter(2, utc(now)).setParameter(3, job).setParameter(4, holder)
                .executeUpdate() == 1;
    }

    /** Frees the lease without marking the slot done, if {@code holder} still holds it: the next claim runs it. */
    static boolean release(EntityManager em, String job, String holder, Instant now) {
        return em.createNativeQuery("update job_lease set lease_until = ?1 "
                        + "where job_name = ?2 and holder = ?3 and lease_until > ?1")
                .setParameter(1, utc(now)).setParameter(2, job).setParameter(3, holder).executeUpdate() == 1;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
