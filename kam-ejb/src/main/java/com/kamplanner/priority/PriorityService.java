package com.kamplanner.priority;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Keeps the corporate strategic priorities. Executives own them (corporate strategy is C-level's); the KA
 * Director reads them on the same page but does not edit them. A priority objectives serve is retired, never
 * deleted; every change is audited and a concurrent edit gets the stale-edit message.
 */
@Stateless
@RolesAllowed(Role.Names.EXECUTIVE)
public class PriorityService {

    public static final String SERVED_CANNOT_DELETE = "priority.servedCannotDelete";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** Every priority, current ones first, then by period and title. */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public List<CorporatePriority> all() {
        return em.createQuery("select p from CorporatePriority p order by p.retired, p.fromYear, p.title",
                CorporatePriority.class).getResultList();
    }

    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public CorporatePriority find(long id) {
        CorporatePriority priority = em.find(CorporatePriority.class, id);
        if (priority == null) {
            throw new NotFoundException();
        }
        return priority;
    }

    /** Adds a priority (no id) or saves an edit made on the version the executive loaded. */
    public CorporatePriority save(CorporatePriority edited) {
        PriorityRules.checkPeriod(edited.getFromYear(), edited.getToYear());
        CorporatePriority priority;
        if (edited.getId() == null) {
            priority = new CorporatePriority();
            priority.copyFrom(edited);
            priority.setCreatedBy(context.getCallerPrincipal().getName());
            em.persist(priority);
            OptimisticSave.flush(em);
        } else {
            priority = loaded(edited.getId(), edited.getVersion());
            priority.copyFrom(edited);
            OptimisticSave.flush(em);
        }
        audit.record(edited.getId() == null ? AuditAction.PRIORITY_ADDED : AuditAction.PRIORITY_SAVED,
                "CorporatePriority",
                priority.getId(), priority.getTitle() + " (" + priority.getPeriod() + ")");
        return priority;
    }

    /** Retires a priority (or brings it back): it stays with its links but is no longer offered for linking. */
    public CorporatePriority retire(long id, long version, boolean retired) {
        CorporatePriority priority = loaded(id, version);
        priority.setRetired(retired);
        OptimisticSave.flush(em);
        audit.record(retired ? AuditAction.PRIORITY_RETIRED : AuditAction.PRIORITY_REINSTATED, "CorporatePriority", id,
                priority.getTitle());
        return priority;
    }

    /** Deletes a priority no objective serves; one that objectives serve is refused, naming how many. */
    public void delete(long id, long version) {
        CorporatePriority priority = loaded(id, version);
        long serving = em.createQuery("select count(l) from PriorityLink l where l.priority.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (serving > 0) {
            throw new BusinessRuleException(SERVED_CANNOT_DELETE, priority.getTitle(), serving);
        }
        em.remove(priority);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PRIORITY_DELETED, "CorporatePriority", id, priority.getTitle());
    }

    private CorporatePriority loaded(long id, long version) {
        CorporatePriority priority = em.find(CorporatePriority.class, id);
        if (priority == null) {
            throw new NotFoundException();
        }
        OptimisticSave.expectVersion(priority.getVersion(), version);
        return priority;
    }
}
