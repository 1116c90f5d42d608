package com.kamplanner.competency;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * A KAM's development plan: HR and the KA Director add actions (training, coaching, stretch assignment) aimed
 * at a competency, with a due date, and move them along; the KAM sees them on their profile.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
public class DevelopmentPlanService {

    public static final String COMPETENCY_UNKNOWN = "competency.action.competencyUnknown";
    public static final String DESCRIPTION_REQUIRED = "competency.action.description.required";
    public static final String DUE_REQUIRED = "competency.action.due.required";

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    FrameworkService frameworks;

    @Inject
    AuditTrail audit;

    /** The development actions still open and due on or before {@code dueBy} (late ones included), soonest first. */
    @RolesAllowed(Role.Names.HR)
    public List<DevelopmentAction> openDueBy(LocalDate dueBy) {
        return em.createQuery("select d from DevelopmentAction d join fetch d.kam where d.dueDate <= :dueBy "
                        + "and d.status in :open order by d.dueDate, d.id", DevelopmentAction.class)
                .setParameter("dueBy", dueBy).setParameter("open", List.of(DevelopmentAction.Status.PLANNED,
                        DevelopmentAction.Status.IN_PROGRESS)).setMaxResults(500).getResultList();
    }

    public DevelopmentAction add(long kamId, String competencyCode, DevelopmentAction.Kind kind, String description,
                                 LocalDate dueDate) {
        AppUser kam = privacy.readProfileOf(kamId, "plan");
        if (frameworks.active().competency(competencyCode == null ? "" : competencyCode).isEmpty()) {
            throw new BusinessRuleException(COMPETENCY_UNKNOWN);
        }
        if (description == null || description.isBlank()) {
            throw new BusinessRuleException(DESCRIPTION_REQUIRED);
        }
        if (dueDate == null || kind == null) {
            throw new BusinessRuleException(DUE_REQUIRED);
        }
        DevelopmentAction action = new DevelopmentAction(kam, competencyCode, kind, description.trim(), dueDate,
                privacy.callerName());
        em.persist(action);
        audit.record(AuditAction.COMPETENCY_ACTION_ADDED, "AppUser", kamId, competencyCode + " " + kind);
        return action;
    }

    public DevelopmentAction setStatus(long actionId, long loadedVersion, DevelopmentAction.Status status) {
        DevelopmentAction action = em.find(DevelopmentAction.class, actionId);
        if (action == null) {
            throw new NotFoundException();
        }
        if (!privacy.canRead(action.getKam())) {
            throw new AccessDeniedException();
        }
        OptimisticSave.expectVersion(action.getVersion(), loadedVersion);
        action.setStatus(status);
        DevelopmentAction saved = OptimisticSave.save(em, action);
        audit.record(AuditAction.COMPETENCY_ACTION_STATUS, "DevelopmentAction", actionId, status.name());
        return saved;
    }
}
