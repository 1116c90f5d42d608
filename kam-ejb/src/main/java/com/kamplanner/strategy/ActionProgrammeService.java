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
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 4 and 6 of the strategy: the action programmes with their action plans, each owned by the KAM or a member
 * of the KA team, and the contingencies that name the plans they would change, with the condition they watch,
 * acknowledged and re-armed by whoever may write the strategy.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class ActionProgrammeService {

    public static final String OWNER_NOT_ON_TEAM = "strategy.plan.ownerNotOnTeam";
    public static final String PROGRAMME_REQUIRED = "strategy.plan.programmeRequired";
    public static final String TARGET_WITHOUT_INDICATOR = "strategy.condition.noIndicator";
    public static final String TARGET_NOT_DECISION_MAKER = "strategy.condition.notDecisionMaker";

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

    @Inject
    ContingencyWatch watch;

    @Inject
    StrategyAccess access;

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
        if (edited.isDormant()) {
            WatchRules.checkOffsets(edited.getStartOffsetDays(), edited.getDueOffsetDays());
        }
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
        watch.check(accountId);
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
        WatchRules.checkCondition(edited.getCondition());
        edited.getCondition().setTargetName(targetName(accountId, strategy, edited.getCondition()));
        contingency.copyFrom(edited);
        contingency.getPlans().clear();
        contingency.getPlans().addAll(plans);
        if (contingency.getId() == null) {
            contingency.attachTo(strategy);
            em.persist(contingency);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_CONTINGENCY_SAVED, "Strategy", strategy.getId(), contingency.getTrigger());
        watch.check(accountId);
        return contingency;
    }

    /**
     * The KAM (or whoever may write the strategy) has seen a fired contingency. {@code version} is the one the user
     * loaded; a contingency that has not fired is refused.
     */
    public Contingency acknowledge(long accountId, long contingencyId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        Contingency contingency = records.owned(Contingency.class, contingencyId, version, strategy,
                Contingency::getStrategy, Contingency::getVersion);
        if (contingency.getState() != Contingency.State.FIRED) {
            throw new BusinessRuleException(WatchRules.NOT_FIRED);
        }
        contingency.acknowledge(access.callerName(), java.time.Instant.now());
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_CONTINGENCY_ACKNOWLEDGED, "Strategy", strategy.getId(),
                contingency.getTrigger());
        return contingency;
    }

    /**
     * Watches a fired contingency again: its last firing is forgotten, and it fires at the next check where its
     * condition holds. The prepared plans it woke go back to sleep, unless their work has begun (a follow-up
     * update) or they were edited since.
     */
    public Contingency rearm(long accountId, long contingencyId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        Contingency contingency = records.owned(Contingency.class, contingencyId, version, strategy,
                Contingency::getStrategy, Contingency::getVersion);
        if (!contingency.isWatching()) {
            throw new BusinessRuleException(WatchRules.NOT_WATCHING);
        }
        if (!contingency.isFired()) {
            throw new BusinessRuleException(WatchRules.NOT_FIRED);
        }
        contingency.rearm();
        contingency.getPlans().forEach(ActionPlan::sleepAgain);
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_CONTINGENCY_REARMED, "Strategy", strategy.getId(),
                contingency.getTrigger());
        return contingency;
    }

    /**
     * The label of a condition's target, found in this account: an objective with an indicator, a contact of the
     * map (a decision maker, for the kind that watches one leave), an action plan, a competitor the Database
     * names, or the account itself for its health. A target of another account is not found.
     */
    private String targetName(long accountId, Strategy strategy, WatchedCondition condition) {
        if (condition.isEmpty()) {
            return null;
        }
        switch (condition.getKind().getTarget()) {
            case OBJECTIVE -> {
                Objective objective = records.owned(Objective.class, condition.getTargetId(), null, strategy,
                        Objective::getStrategy, Objective::getVersion);
                if (!objective.hasIndicator()) {
                    throw new BusinessRuleException(TARGET_WITHOUT_INDICATOR);
                }
                return objective.getIndicator().getName();
            }
            case ACTION_PLAN -> {
                return records.ownedPlan(strategy, condition.getTargetId(), null).getTitle();
            }
            case STAKEHOLDER -> {
                Stakeholder stakeholder = em.find(Stakeholder.class, condition.getTargetId());
                if (stakeholder == null || !stakeholder.getAccount().getId().equals(accountId)) {
                    throw new com.kamplanner.platform.NotFoundException();
                }
                if (condition.getKind() == WatchedCondition.Kind.DECISION_MAKER_LEFT
                        && stakeholder.getDecisionRole() != DecisionRole.DECISION_MAKER) {
                    throw new BusinessRuleException(TARGET_NOT_DECISION_MAKER, stakeholder.getName());
                }
                return stakeholder.getName();
            }
            case COMPETITOR -> {
                return condition.getTargetName().trim();
            }
            case ACCOUNT -> {
                condition.setTargetId(null);
                return strategy.getAccount().getName();
            }
            default -> throw new IllegalStateException(String.valueOf(condition.getKind()));
        }
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
