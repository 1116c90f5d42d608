package com.kamplanner.competency;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that decides who may read a KAM's competency data, because it is personal data: HR reads every
 * profile; the KA Director reads the KAMs they direct; a KAM reads only their own; executives read aggregates
 * only, never a named profile; team members and administrators nothing. Every read of a profile by someone other
 * than its owner is written to the access log ({@link ProfileRead}) in the same transaction.
 *
 * <p>In this product there is a single KA Director for the programme, who directs every user holding the KAM
 * role; "the KAMs they direct" is therefore every KAM. Should the product grow several directors, this is the
 * one method to narrow ({@link #directs}).
 */
@Stateless
@PermitAll
public class CompetencyPrivacy {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public boolean isHr() {
        return context.isCallerInRole(Role.Names.HR);
    }

    public boolean isDirector() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR);
    }

    public String callerName() {
        return context.getCallerPrincipal().getName();
    }

    /** Whether the calling KA Director directs this KAM: every KAM, in this product (one KA Director). */
    public boolean directs(AppUser kam) {
        return isDirector() && kam.hasRole(Role.KAM);
    }

    /** May the caller read this KAM's named competency data? */
    public boolean canRead(AppUser kam) {
        if (isHr()) {
            return true;
        }
        if (directs(kam)) {
            return true;
        }
        return context.isCallerInRole(Role.Names.KAM) && callerName().equals(kam.getUsername());
    }

    /**
     * The KAM whose profile the caller asks for, after the privacy check, with the read logged when the caller is
     * not the KAM. A user who is not a KAM has no profile: 404 for HR and the director, 403 for everyone else.
     */
    public AppUser readProfileOf(long userId, String purpose) {
        AppUser kam = em.find(AppUser.class, userId);
        if (kam == null || !kam.hasRole(Role.KAM)) {
            if (isHr() || isDirector()) {
                throw new NotFoundException();
            }
            throw new AccessDeniedException();
        }
        if (!canRead(kam)) {
            throw new AccessDeniedException();
        }
        logRead(kam, purpose);
        return kam;
    }

    /** Writes the access log line, unless the KAM is reading their own data. */
    public void logRead(AppUser kam, String purpose) {
        if (!callerName().equals(kam.getUsername())) {
            em.persist(new ProfileRead(kam, callerName(), purpose));
        }
    }

    public AppUser caller() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", callerName())
                .getResultStream().findFirst().orElseThrow(AccessDeniedException::new);
    }
}
