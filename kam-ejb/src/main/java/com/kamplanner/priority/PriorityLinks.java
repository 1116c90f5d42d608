package com.kamplanner.priority;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.ObjectiveService;
import com.kamplanner.strategy.StrategyAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the strategic objectives of an account's strategy to the corporate priorities they serve, in the strategy
 * workspace. Whoever may write the strategy ({@link StrategyAccess}) links; the objective and its links are saved
 * in one transaction through {@link ObjectiveService}, so every strategy rule still applies. Only those who may
 * write the strategy read the priorities offered: this is the KAM's only read of the priorities list.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class PriorityLinks {

    public static final String RETIRED = "priority.link.retired";

    @PersistenceContext
    EntityManager em;

    @Inject
    ObjectiveService objectives;

    @Inject
    StrategyAccess access;

    @Inject
    AuditTrail audit;

    /** The priorities a strategic objective of this account may be linked to: those not retired. */
    public List<CorporatePriority> choices(long accountId) {
        access.writable(accountId);
        return em.createQuery("select p from CorporatePriority p where p.retired = :retired order by p.fromYear, "
                + "p.title", CorporatePriority.class).setParameter("retired", Boolean.FALSE).getResultList();
    }

    /** For each objective of the account's strategy, the priorities it serves (one query, for the objective tree). */
    public Map<Long, List<CorporatePriority>> linksOf(long accountId) {
        access.readable(accountId);
        Map<Long, List<CorporatePriority>> links = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select l.objective.id, p from PriorityLink l join l.priority p "
                + "where l.objective.strategy.account.id = :account order by p.title", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            links.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((CorporatePriority) row[1]);
        }
        return links;
    }

    /**
     * Saves the objective with {@link ObjectiveService#saveObjective} and sets the priorities it serves. Only a
     * strategic objective serves priorities; a retired priority keeps its links but takes no new one.
     */
    public Objective saveObjective(long accountId, Objective edited, Long parentId, List<Long> optionIds,
                                   List<Long> priorityIds) {
        PriorityRules.checkLinkable(edited.getLevel(), priorityIds);
        Objective saved = objectives.saveObjective(accountId, edited, parentId, optionIds);
        Set<Long> wanted = new LinkedHashSet<>(priorityIds == null ? List.of() : priorityIds);
        List<PriorityLink> existing = em.createQuery("select l from PriorityLink l where l.objective.id = :objective",
                PriorityLink.class).setParameter("objective", saved.getId()).getResultList();
        List<String> changes = new ArrayList<>();
        for (PriorityLink link : existing) {
            if (!wanted.remove(link.getPriority().getId())) {
                changes.add("-" + link.getPriority().getTitle());
                em.remove(link);
            }
        }
        for (Long priorityId : wanted) {
            CorporatePriority priority = em.find(CorporatePriority.class, priorityId);
            if (priority == null) {
                throw new NotFoundException();
            }
            if (priority.isRetired()) {
                throw new BusinessRuleException(RETIRED, priority.getTitle());
            }
            em.persist(new PriorityLink(saved, priority, access.callerName()));
            changes.add("+" + priority.getTitle());
        }
        OptimisticSave.flush(em);
        if (!changes.isEmpty()) {
            audit.record(AuditAction.PRIORITY_LINKED, "Objective", saved.getId(), saved.getTitle() + ": "
                    + String.join(", ", changes));
        }
        return saved;
    }
}
