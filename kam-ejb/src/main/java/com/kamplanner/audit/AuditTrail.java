package com.kamplanner.audit;

import com.kamplanner.people.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Writes the audit trail inside the caller's transaction, so that a change and its audit line commit or roll
 * back together, and reads it back for administrators. Each line also fires {@link Audited}, for the observers
 * of committed changes.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<Audited> audited;

    public void record(AuditAction action, String subjectType, Object subjectId, String detail) {
        String actor = context.getCallerPrincipal() == null ? "system" : context.getCallerPrincipal().getName();
        if (actor == null || actor.isBlank() || "ANONYMOUS".equalsIgnoreCase(actor)) {
            actor = "system";
        }
        em.persist(new AuditEntry(actor, action.code(), subjectType, subjectId == null ? null : subjectId.toString(), detail));
        if (audited != null) {
            audited.fire(new Audited(action));
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> latest(int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> forSubject(String subjectType, Object subjectId) {
        return em.createNamedQuery(AuditEntry.FOR_SUBJECT, AuditEntry.class)
                .setParameter("type", subjectType).setParameter("id", String.valueOf(subjectId)).getResultList();
    }
}
