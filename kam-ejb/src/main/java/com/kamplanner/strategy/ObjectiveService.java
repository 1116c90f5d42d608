package com.kamplanner.strategy;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Step 3 of the strategy: the objective tree, strategic objectives traced to TOWS options and operational ones
 * under them, each with its indicator. Deleting one never leaves a child or an action plan orphaned.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class ObjectiveService {

    public static final String HAS_DEPENDANTS = "strategy.objective.hasDependants";
    public static final String MOVE_TARGET = "strategy.objective.moveTarget";
    public static final String PARENT_LEVEL_CHANGE = "strategy.objective.levelChangeWithChildren";
    public static final String UNKNOWN_PRIORITY = "strategy.objective.unknownPriority";

    /** What to do with an objective's child objectives and action plans when it is deleted. */
    public enum Dependants {
        /** Move them under (or to serve) another objective of the same level. */
        MOVE,
        /** Delete them with it: the whole branch and the plans serving it. */
        DELETE
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StrategyRecords records;

    @Inject
    StrategyService strategies;

    @Inject
    AuditTrail audit;

    @Inject
    StrategyTemplates templates;

    /**
     * Saves an objective under {@code parentId} (none for a strategic one), traced to {@code optionIds}. Its
     * indicator is complete or absent, its target date not before its start date and, for a strategic one, within
     * the horizon of the segment's strategy template when it checks one.
     */
    public Objective saveObjective(long accountId, Objective edited, Long parentId, List<Long> optionIds) {
        Strategy strategy = records.writableStrategy(accountId);
        Objective parent = parentId == null ? null : records.owned(Objective.class, parentId, null, strategy,
                Objective::getStrategy, Objective::getVersion);
        List<TowsOption> options = records.members(TowsOption.class, optionIds, strategy, TowsOption::getStrategy);
        StrategyRules.checkParent(edited.getLevel(), parent);
        StrategyRules.checkTraces(edited.getLevel(), options);
        StrategyRules.checkIndicator(edited.getIndicator());
        StrategyRules.checkTargetDate(edited.getStartDate(), edited.getIndicator().getTargetDate());
        StrategyTemplate template = templates.rules().templateFor(strategy.getAccount().getSegment());
        if (template.isHorizonChecked()) {
            StrategyRules.checkHorizon(edited.getLevel(), edited.getStartDate(), edited.getIndicator().getTargetDate(),
                    template.getHorizonYears(), LocalDate.now());
        }
        String priority = FreeText.orNull(edited.getCustomerPriority());
        if (priority != null && edited.getLevel() == Objective.Level.STRATEGIC
                && !priority.equals(FreeText.orNull(existingPriority(edited.getId())))
                && !strategies.customerPriorities(accountId).contains(priority)) {
            throw new BusinessRuleException(UNKNOWN_PRIORITY, priority);
        }
        Objective objective = edited.getId() == null ? new Objective()
                : records.owned(Objective.class, edited.getId(), edited.getVersion(), strategy,
                Objective::getStrategy, Objective::getVersion);
        if (objective.getId() != null && objective.getLevel() != edited.getLevel()
                && !strategy.childrenOf(objective).isEmpty()) {
            throw new BusinessRuleException(PARENT_LEVEL_CHANGE);
        }
        objective.copyFrom(edited);
        objective.reviewEvidence(java.time.Instant.now());
        objective.setCustomerPriority(objective.getLevel() == Objective.Level.STRATEGIC
                ? FreeText.orNull(edited.getCustomerPriority()) : null);
        objective.setParent(parent);
        objective.getOptions().clear();
        objective.getOptions().addAll(objective.getLevel() == Objective.Level.STRATEGIC ? options : List.of());
        if (objective.getId() == null) {
            objective.attachTo(strategy);
            objective.setPosition(strategy.getObjectives().size());
            em.persist(objective);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_OBJECTIVE_SAVED, "Strategy", strategy.getId(), objective.getLevel() + ": "
                + objective.getTitle());
        return objective;
    }

    /**
     * Deletes an objective. One with child objectives or action plans is refused with {@link #HAS_DEPENDANTS}
     * (telling how many) until the user says what to do with them: move them to another objective of the same
     * level, or delete them with it. Nothing is ever left orphaned.
     */
    public void deleteObjective(long accountId, long objectiveId, long version, Dependants choice, Long moveToId) {
        Strategy strategy = records.writableStrategy(accountId);
        Objective objective = records.owned(Objective.class, objectiveId, version, strategy, Objective::getStrategy,
                Objective::getVersion);
        List<Objective> children = strategy.childrenOf(objective);
        List<ActionPlan> plans = plansServing(strategy, objective);
        if ((!children.isEmpty() || !plans.isEmpty()) && choice == null) {
            throw new BusinessRuleException(HAS_DEPENDANTS, objective.getTitle(), children.size(), plans.size());
        }
        if (choice == Dependants.MOVE && (!children.isEmpty() || !plans.isEmpty())) {
            Objective target = moveToId == null ? null : records.owned(Objective.class, moveToId, null, strategy,
                    Objective::getStrategy, Objective::getVersion);
            if (target == null || target.getId().equals(objective.getId()) || target.getLevel() != objective.getLevel()) {
                throw new BusinessRuleException(MOVE_TARGET, objective.getTitle());
            }
            children.forEach(c -> c.setParent(target));
            plans.forEach(p -> p.setObjective(target));
            OptimisticSave.flush(em);
            removeObjective(strategy, objective);
        } else {
            removeBranch(strategy, objective);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_OBJECTIVE_DELETED, "Strategy", strategy.getId(), objective.getTitle()
                + (choice == null ? "" : " (" + choice + ")"));
    }

    /** The priority an objective already names, which stays acceptable even if the database row changed since. */
    private String existingPriority(Long objectiveId) {
        Objective stored = objectiveId == null ? null : em.find(Objective.class, objectiveId);
        return stored == null ? null : stored.getCustomerPriority();
    }

    private static List<ActionPlan> plansServing(Strategy strategy, Objective objective) {
        return strategy.getPlans().stream().filter(p -> p.getObjective() != null
                && objective.getId().equals(p.getObjective().getId())).toList();
    }

    private void removeBranch(Strategy strategy, Objective objective) {
        for (Objective child : strategy.childrenOf(objective)) {
            removeBranch(strategy, child);
        }
        plansServing(strategy, objective).forEach(p -> records.removePlan(strategy, p));
        removeObjective(strategy, objective);
    }

    private void removeObjective(Strategy strategy, Objective objective) {
        objective.getOptions().clear();
        strategy.getObjectives().remove(objective);
        em.remove(objective);
        // One at a time, children first: the database would otherwise cascade a parent's delete onto a child
        // that EclipseLink still means to delete by its version.
        OptimisticSave.flush(em);
    }
}
