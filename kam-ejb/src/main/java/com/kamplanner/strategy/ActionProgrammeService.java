package com.kamplanner.strategy;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 4 and 6 of the strategy: the action programmes with their action plans, each owned by the KAM or a member
 * of the KA team, and the contingencies that name the plans they would change.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class ActionProgrammeService {

    public static final String OWNER_NOT_ON_TEAM = "strategy.plan.ownerNotOnTeam";
    public static final String PROGRAMME_REQUIRED = "strategy.plan.programmeRequired";

    @PersistenceContext
    EntityManager em;

    @Inject
    StrategyRecords records;

    @Inject
    StrategyService strategies;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    public ActionProgramme saveProgramme(long accountId, ActionProgramme edited) {
        Strategy strategy = records.writableStrategy(accountId);
        ActionProgramme programme = edited.getId() == null ? new ActionProgramme()
                : records.owned(ActionProgramme.class, edited.getId(), edited.getVersion(), strategy,
                ActionProgramme::getStrategy, ActionProgramme::getVersion);
        programme.copyFrom(edited);
        if (programme.getId() == null) {
            programme.attachTo(strategy);
            programme.setPosition(strategy.getProgrammes().size());
            em.persist(programme);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_PROGRAMME_SAVED, "Strategy", strategy.getId(), programme.getName());
        return programme;
    }

    /** Deletes a programme with its action plans. */
    public void deleteProgramme(long accountId, long programmeId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        ActionProgramme programme = records.owned(ActionProgramme.class, programmeId, version, strategy,
                ActionProgramme::getStrategy, ActionProgramme::getVersion);
        new ArrayList<>(programme.getPlans()).forEach(p -> records.removePlan(strategy, p));
        em.remove(programme);
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_PROGRAMME_DELETED, "Strategy", strategy.getId(), programme.getName());
    }

    /**
     * Saves an action plan in a programme, serving an objective, owned by the KAM or a member of the KA team.
     */
    public ActionPlan savePlan(long accountId, ActionPlan edited, Long programmeId, Long objectiveId, Long ownerId) {
        Strategy strategy = records.writableStrategy(accountId);
        if (programmeId == null) {
            throw new BusinessRuleException(PROGRAMME_REQUIRED);
        }
        ActionProgramme programme = records.owned(ActionProgramme.class, programmeId, null, strategy,
                ActionProgramme::getStrategy, ActionProgramme::getVersion);
        Objective objective = objectiveId == null ? null : records.owned(Objective.class, objectiveId, null,
                strategy, Objective::getStrategy, Objective::getVersion);
        AppUser owner = null;
        if (ownerId != null) {
            owner = strategies.ownerCandidates(accountId).stream().filter(u -> u.getId().equals(ownerId)).findFirst()
                    .orElseThrow(() -> new BusinessRuleException(OWNER_NOT_ON_TEAM));
        }
        StrategyRules.checkPlanDates(edited.getStartDate(), edited.getDueDate());
        ActionPlan plan = edited.getId() == null ? new ActionPlan() : records.ownedPlan(strategy, edited.getId(),
                edited.getVersion());
        Long ownerBefore = plan.getOwner() == null ? null : plan.getOwner().getId();
        plan.copyFrom(edited);
        plan.setProgramme(programme);
        plan.setObjective(objective);
        plan.setOwner(owner);
        if (plan.getId() == null) {
            em.persist(plan);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_PLAN_SAVED, "Strategy", strategy.getId(),
                plan.getKind() + ": " + plan.getTitle());
        if (owner != null && !owner.getId().equals(ownerBefore)) {
            notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_ASSIGNED, accountId,
                    "plan/team.xhtml?account=" + accountId, plan.getTitle(), strategy.getAccount().getName(),
                    notifications.actorName()), owner, null);
        }
        return plan;
    }

    public void deletePlan(long accountId, long planId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        ActionPlan plan = records.ownedPlan(strategy, planId, version);
        records.removePlan(strategy, plan);
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_PLAN_DELETED, "Strategy", strategy.getId(), plan.getTitle());
    }

    public Contingency saveContingency(long accountId, Contingency edited, List<Long> planIds) {
        Strategy strategy = records.writableStrategy(accountId);
        List<ActionPlan> plans = new ArrayList<>();
        for (Long planId : planIds == null ? List.<Long>of() : planIds) {
            plans.add(records.ownedPlan(strategy, planId, null));
        }
        Contingency contingency = edited.getId() == null ? new Contingency()
                : records.owned(Contingency.class, edited.getId(), edited.getVersion(), strategy,
                Contingency::getStrategy, Contingency::getVersion);
        contingency.copyFrom(edited);
        contingency.getPlans().clear();
        contingency.getPlans().addAll(plans);
        if (contingency.getId() == null) {
            contingency.attachTo(strategy);
            em.persist(contingency);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_CONTINGENCY_SAVED, "Strategy", strategy.getId(), contingency.getTrigger());
        return contingency;
    }

    public void deleteContingency(long accountId, long contingencyId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        Contingency contingency = records.owned(Contingency.class, contingencyId, version, strategy,
                Contingency::getStrategy, Contingency::getVersion);
        em.remove(contingency);
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_CONTINGENCY_DELETED, "Strategy", strategy.getId(), contingency.getTrigger());
    }
}
