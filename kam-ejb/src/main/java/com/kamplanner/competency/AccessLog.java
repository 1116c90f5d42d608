package com.kamplanner.competency;

import com.kamplanner.people.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The access log of competency profiles, newest first and paged in the database, for HR only. */
@Stateless
@RolesAllowed(Role.Names.HR)
public class AccessLog {

    @PersistenceContext
    EntityManager em;

    public List<ProfileRead> page(int first, int max) {
        return em.createQuery("select r from ProfileRead r join fetch r.owner order by r.readAt desc, r.id desc",
                ProfileRead.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from ProfileRead r", Long.class).getSingleResult();
    }
}
