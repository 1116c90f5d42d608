package com.kamplanner.platform.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The leases of scheduled jobs, each step committed in its own transaction so that the other nodes see a claim
 * as soon as it is made, and a failed run cannot roll the claim back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    @PersistenceContext
    EntityManager em;

    /** See {@link LeaseTable#register}; fails on the primary key when another node adds the job at once. */
    public boolean register(String job, String doneSlot) {
        return LeaseTable.register(em, job, doneSlot, Instant.now());
    }

    public boolean claim(String job, String holder, String slot, Instant until) {
        return LeaseTable.claim(em, job, holder, slot, Instant.now(), until);
    }

    public boolean complete(String job, String holder, String slot) {
        return LeaseTable.complete(em, job, holder, slot, Instant.now());
    }

    public boolean release(String job, String holder) {
        return LeaseTable.release(em, job, holder, Instant.now());
    }
}
