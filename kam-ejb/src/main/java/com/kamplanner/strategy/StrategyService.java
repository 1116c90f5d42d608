package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.QuadrantLookup;
import com.kamplanner.situation.CitableField;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.Stakeholder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes an account's strategy, step by step, under {@link StrategyAccess}'s rights and
 * {@link StrategyRules}' rules. Every edit names the version the user loaded: a change saved by someone else since
 * is refused with {@link StaleEditException}, never overwritten. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class StrategyService {

    public static final String HAS_DEPENDANTS = "strategy.objective.hasDependants";
    public static final String MOVE_TARGET = "strategy.objective.moveTarget";
    public static final String OWNER_NOT_ON_TEAM = "strategy.plan.ownerNotOnTeam";
    public static final String PROGRAMME_REQUIRED = "strategy.plan.programmeRequired";
    public static final String UNKNOWN_CITATION = "strategy.potential.unknownCitation";
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
    StrategyAccess access;

    @Inject
    QuadrantLookup quadrants;

    @Inject
    AuditTrail audit;

    @Inject
    KeyAccountDatabaseService database;

    // ---- reading ----

    /**
     * The account's whole strategy, every step loaded; an empty, unsaved one when nobody has written any step yet.
     */
    public Strategy workspace(long accountId) {
        Account account = access.readable(accountId);
        return find(accountId).map(StrategyService::loaded).orElseGet(() -> new Strategy(account));
    }

    public boolean canWrite(long accountId) {
        return access.canWrite(access.readable(accountId));
    }

    /** True when the caller is the account's KAM, who grants write access to the team. */
    public boolean isKamOf(long accountId) {
        return access.isKamOf(access.readable(accountId));
    }

    /** The compliance issues of the account's strategy, for the workspace. */
    public List<ComplianceIssue> compliance(long accountId) {
        return ComplianceCheck.of(workspace(accountId));
    }

    /** The account's place in the selection matrix, shown beside the orientation. */
    public MatrixStanding standing(long accountId) {
        Account account = access.readable(accountId);
        return standingOf(account);
    }

    /** Who may own an action plan: the account's KAM and its KA team. */
    public List<AppUser> ownerCandidates(long accountId) {
        Account account = access.readable(accountId);
        List<AppUser> owners = new ArrayList<>();
        if (account.getKam() != null) {
            owners.add(account.getKam());
        }
        owners.addAll(em.createNamedQuery(com.kamplanner.account.TeamMembership.MEMBERS, AppUser.class)
                .setParameter("account", accountId).getResultList());
        return owners;
    }

    /**
     * What a situation potential may cite from the account's Key Account Database, as the caller may see it: its
     * filled fields, then its stakeholders, labelled in the caller's language, each with its link back.
     */
    public List<Citation> citable(long accountId, Locale locale) {
        access.readable(accountId);
        List<Citation> citable = new ArrayList<>();
        for (CitableField field : database.citableFields(accountId)) {
            citable.add(Citation.ofField(field.getSectionKey(), field.getFieldKey(),
                    field.sectionLabel(locale) + " › " + field.label(locale), field.getUrl()));
        }
        for (Stakeholder stakeholder : database.stakeholders(accountId)) {
            String title = stakeholder.getTitle() == null || stakeholder.getTitle().isBlank() ? ""
                    : " (" + stakeholder.getTitle() + ")";
            citable.add(Citation.ofStakeholder(stakeholder.getId(), stakeholder.getName() + title,
                    CitableField.url(accountId, KeyAccountDatabaseService.STAKEHOLDER_MAP)));
        }
        return citable;
    }

    /** The customer's own strategic priorities (Key Account Database, part 1) a strategic objective may help. */
    public List<String> customerPriorities(long accountId) {
        access.readable(accountId);
        return database.customerStrategicPriorities(accountId);
    }

    // ---- step 1: situation potentials ----

    /**
     * Saves a potential citing the Key Account Database fields and stakeholders named by {@code citationKeys}
     * ({@link Citation#getKey()}); each must be one the caller can cite now, and is labelled in {@code locale}.
     */
    public SituationPotential savePotential(long accountId, SituationPotential edited, List<String> citationKeys,
                                            Locale locale) {
        Strategy strategy = writableStrategy(accountId);
        SituationPotential potential = edited.getId() == null ? new SituationPotential()
                : owned(SituationPotential.class, edited.getId(), edited.getVersion(), strategy,
                SituationPotential::getStrategy, SituationPotential::getVersion);
        List<Citation> citations = new ArrayList<>();
        if (citationKeys != null && !citationKeys.isEmpty()) {
            Map<String, Citation> citable = new java.util.LinkedHashMap<>();
            citable(accountId, locale).forEach(c -> citable.put(c.getKey(), c));
            for (String key : citationKeys) {
                Citation citation = citable.get(key);
                if (citation == null) {
                    throw new BusinessRuleException(UNKNOWN_CITATION, key);
                }
                if (!citations.contains(citation)) {
                    citations.add(citation);
                }
            }
        }
        potential.copyFrom(edited);
        potential.getCitations().clear();
        potential.getCitations().addAll(citations);
        if (potential.getId() == null) {
            potential.attachTo(strategy);
            potential.setPosition(strategy.getPotentials().size());
            em.persist(potential);
        }
        flush();
        audit.record("strategy.potential.saved", "Strategy", strategy.getId(), potential.getKind() + ": "
                + potential.getStatement());
        return potential;
    }

    public void deletePotential(long accountId, long potentialId, long version) {
        Strategy strategy = writableStrategy(accountId);
        SituationPotential potential = owned(SituationPotential.class, potentialId, version, strategy,
                SituationPotential::getStrategy, SituationPotential::getVersion);
        for (TowsOption option : strategy.getOptions()) {
            option.getPotentials().remove(potential);
        }
        em.remove(potential);
        flush();
        audit.record("strategy.potential.deleted", "Strategy", strategy.getId(), potential.getStatement());
    }

    // ---- step 2: TOWS options and the orientation ----

    /** Saves an option pairing the given potentials, which must fit its type (an SO option: strengths and opportunities). */
    public TowsOption saveOption(long accountId, TowsOption edited, List<Long> potentialIds) {
        Strategy strategy = writableStrategy(accountId);
        List<SituationPotential> potentials = members(SituationPotential.class, potentialIds, strategy,
                SituationPotential::getStrategy);
        StrategyRules.checkPairing(edited.getType(), potentials);
        TowsOption option = edited.getId() == null ? new TowsOption()
                : owned(TowsOption.class, edited.getId(), edited.getVersion(), strategy, TowsOption::getStrategy,
                TowsOption::getVersion);
        option.copyFrom(edited);
        option.getPotentials().clear();
        option.getPotentials().addAll(potentials);
        if (option.getId() == null) {
            option.attachTo(strategy);
            em.persist(option);
        }
        flush();
        audit.record("strategy.option.saved", "Strategy", strategy.getId(), option.getType() + ": "
                + option.getStatement());
        return option;
    }

    /** Deletes an option; strategic objectives traced only to it are flagged by the compliance checks. */
    public void deleteOption(long accountId, long optionId, long version) {
        Strategy strategy = writableStrategy(accountId);
        TowsOption option = owned(TowsOption.class, optionId, version, strategy, TowsOption::getStrategy,
                TowsOption::getVersion);
        for (Objective objective : strategy.getObjectives()) {
            objective.getOptions().remove(option);
        }
        em.remove(option);
        flush();
        audit.record("strategy.option.deleted", "Strategy", strategy.getId(), option.getStatement());
    }

    /**
     * Picks the strategic orientation. One that contradicts the posture of the account's quadrant needs a
     * justification. {@code strategyVersion} is the version the user loaded (0 for a strategy not yet saved).
     */
    public Strategy chooseOrientation(long accountId, long strategyVersion, StrategicOrientation orientation) {
        Strategy strategy = writableStrategy(accountId, strategyVersion);
        MatrixStanding standing = standingOf(strategy.getAccount());
        StrategyRules.checkOrientation(orientation, standing.getQuadrant());
        boolean contradicts = orientation.getDirection().contradicts(standing.getQuadrant());
        strategy.setOrientation(new StrategicOrientation(orientation.getDirection(), trim(orientation.getStatement()),
                contradicts ? trim(orientation.getJustification()) : null));
        strategy.touch(access.callerName());
        flush();
        audit.record("strategy.orientation", "Strategy", strategy.getId(), orientation.getDirection()
                + (contradicts ? " against " + standing.getQuadrant() + ": " + orientation.getJustification() : ""));
        return strategy;
    }

    // ---- step 3: objectives ----

    /**
     * Saves an objective under {@code parentId} (none for a strategic one), traced to {@code optionIds}. Its
     * indicator is complete or absent, its target date not before its start date.
     */
    public Objective saveObjective(long accountId, Objective edited, Long parentId, List<Long> optionIds) {
        Strategy strategy = writableStrategy(accountId);
        Objective parent = parentId == null ? null : owned(Objective.class, parentId, null, strategy,
                Objective::getStrategy, Objective::getVersion);
        List<TowsOption> options = members(TowsOption.class, optionIds, strategy, TowsOption::getStrategy);
        StrategyRules.checkParent(edited.getLevel(), parent);
        StrategyRules.checkTraces(edited.getLevel(), options);
        StrategyRules.checkIndicator(edited.getIndicator());
        StrategyRules.checkTargetDate(edited.getStartDate(), edited.getIndicator().getTargetDate());
        String priority = trim(edited.getCustomerPriority());
        if (priority != null && edited.getLevel() == Objective.Level.STRATEGIC
                && !priority.equals(trim(existingPriority(edited.getId()))) && !customerPriorities(accountId).contains(priority)) {
            throw new BusinessRuleException(UNKNOWN_PRIORITY, priority);
        }
        Objective objective = edited.getId() == null ? new Objective()
                : owned(Objective.class, edited.getId(), edited.getVersion(), strategy, Objective::getStrategy,
                Objective::getVersion);
        if (objective.getId() != null && objective.getLevel() != edited.getLevel()
                && !strategy.childrenOf(objective).isEmpty()) {
            throw new BusinessRuleException(PARENT_LEVEL_CHANGE);
        }
        objective.copyFrom(edited);
        objective.setCustomerPriority(objective.getLevel() == Objective.Level.STRATEGIC
                ? trim(edited.getCustomerPriority()) : null);
        objective.setParent(parent);
        objective.getOptions().clear();
        objective.getOptions().addAll(objective.getLevel() == Objective.Level.STRATEGIC ? options : List.of());
        if (objective.getId() == null) {
            objective.attachTo(strategy);
            objective.setPosition(strategy.getObjectives().size());
            em.persist(objective);
        }
        flush();
        audit.record("strategy.objective.saved", "Strategy", strategy.getId(), objective.getLevel() + ": "
                + objective.getTitle());
        return objective;
    }

    public static final String PARENT_LEVEL_CHANGE = "strategy.objective.levelChangeWithChildren";

    /**
     * Deletes an objective. One with child objectives or action plans is refused with {@link #HAS_DEPENDANTS}
     * (telling how many) until the user says what to do with them: move them to another objective of the same
     * level, or delete them with it. Nothing is ever left orphaned.
     */
    public void deleteObjective(long accountId, long objectiveId, long version, Dependants choice, Long moveToId) {
        Strategy strategy = writableStrategy(accountId);
        Objective objective = owned(Objective.class, objectiveId, version, strategy, Objective::getStrategy,
                Objective::getVersion);
        List<Objective> children = strategy.childrenOf(objective);
        List<ActionPlan> plans = plansServing(strategy, objective);
        if ((!children.isEmpty() || !plans.isEmpty()) && choice == null) {
            throw new BusinessRuleException(HAS_DEPENDANTS, objective.getTitle(), children.size(), plans.size());
        }
        if (choice == Dependants.MOVE && (!children.isEmpty() || !plans.isEmpty())) {
            Objective target = moveToId == null ? null : owned(Objective.class, moveToId, null, strategy,
                    Objective::getStrategy, Objective::getVersion);
            if (target == null || target.getId().equals(objective.getId()) || target.getLevel() != objective.getLevel()) {
                throw new BusinessRuleException(MOVE_TARGET, objective.getTitle());
            }
            children.forEach(c -> c.setParent(target));
            plans.forEach(p -> p.setObjective(target));
            em.flush();
            removeObjective(strategy, objective);
        } else {
            removeBranch(strategy, objective);
        }
        flush();
        audit.record("strategy.objective.deleted", "Strategy", strategy.getId(), objective.getTitle()
                + (choice == null ? "" : " (" + choice + ")"));
    }

    // ---- step 4: action programmes and plans ----

    public ActionProgramme saveProgramme(long accountId, ActionProgramme edited) {
        Strategy strategy = writableStrategy(accountId);
        ActionProgramme programme = edited.getId() == null ? new ActionProgramme()
                : owned(ActionProgramme.class, edited.getId(), edited.getVersion(), strategy,
                ActionProgramme::getStrategy, ActionProgramme::getVersion);
        programme.copyFrom(edited);
        if (programme.getId() == null) {
            programme.attachTo(strategy);
            programme.setPosition(strategy.getProgrammes().size());
            em.persist(programme);
        }
        flush();
        audit.record("strategy.programme.saved", "Strategy", strategy.getId(), programme.getName());
        return programme;
    }

    /** Deletes a programme with its action plans. */
    public void deleteProgramme(long accountId, long programmeId, long version) {
        Strategy strategy = writableStrategy(accountId);
        ActionProgramme programme = owned(ActionProgramme.class, programmeId, version, strategy,
                ActionProgramme::getStrategy, ActionProgramme::getVersion);
        new ArrayList<>(programme.getPlans()).forEach(p -> removePlan(strategy, p));
        em.remove(programme);
        flush();
        audit.record("strategy.programme.deleted", "Strategy", strategy.getId(), programme.getName());
    }

    /**
     * Saves an action plan in a programme, serving an objective, owned by the KAM or a member of the KA team.
     */
    public ActionPlan savePlan(long accountId, ActionPlan edited, Long programmeId, Long objectiveId, Long ownerId) {
        Strategy strategy = writableStrategy(accountId);
        if (programmeId == null) {
            throw new BusinessRuleException(PROGRAMME_REQUIRED);
        }
        ActionProgramme programme = owned(ActionProgramme.class, programmeId, null, strategy,
                ActionProgramme::getStrategy, ActionProgramme::getVersion);
        Objective objective = objectiveId == null ? null : owned(Objective.class, objectiveId, null, strategy,
                Objective::getStrategy, Objective::getVersion);
        AppUser owner = null;
        if (ownerId != null) {
            owner = ownerCandidates(accountId).stream().filter(u -> u.getId().equals(ownerId)).findFirst()
                    .orElseThrow(() -> new BusinessRuleException(OWNER_NOT_ON_TEAM));
        }
        StrategyRules.checkPlanDates(edited.getStartDate(), edited.getDueDate());
        ActionPlan plan = edited.getId() == null ? new ActionPlan() : ownedPlan(strategy, edited.getId(),
                edited.getVersion());
        plan.copyFrom(edited);
        plan.setProgramme(programme);
        plan.setObjective(objective);
        plan.setOwner(owner);
        if (plan.getId() == null) {
            em.persist(plan);
        }
        flush();
        audit.record("strategy.plan.saved", "Strategy", strategy.getId(), plan.getKind() + ": " + plan.getTitle());
        return plan;
    }

    public void deletePlan(long accountId, long planId, long version) {
        Strategy strategy = writableStrategy(accountId);
        ActionPlan plan = ownedPlan(strategy, planId, version);
        removePlan(strategy, plan);
        flush();
        audit.record("strategy.plan.deleted", "Strategy", strategy.getId(), plan.getTitle());
    }

    // ---- step 5: vision and mission ----

    public Strategy saveVisionAndMission(long accountId, long strategyVersion, String vision, String mission) {
        Strategy strategy = writableStrategy(accountId, strategyVersion);
        strategy.setVision(trim(vision));
        strategy.setMission(trim(mission));
        strategy.touch(access.callerName());
        flush();
        audit.record("strategy.vision", "Strategy", strategy.getId(), null);
        return strategy;
    }

    // ---- step 6: contingencies ----

    public Contingency saveContingency(long accountId, Contingency edited, List<Long> planIds) {
        Strategy strategy = writableStrategy(accountId);
        List<ActionPlan> plans = new ArrayList<>();
        for (Long planId : planIds == null ? List.<Long>of() : planIds) {
            plans.add(ownedPlan(strategy, planId, null));
        }
        Contingency contingency = edited.getId() == null ? new Contingency()
                : owned(Contingency.class, edited.getId(), edited.getVersion(), strategy, Contingency::getStrategy,
                Contingency::getVersion);
        contingency.copyFrom(edited);
        contingency.getPlans().clear();
        contingency.getPlans().addAll(plans);
        if (contingency.getId() == null) {
            contingency.attachTo(strategy);
            em.persist(contingency);
        }
        flush();
        audit.record("strategy.contingency.saved", "Strategy", strategy.getId(), contingency.getTrigger());
        return contingency;
    }

    public void deleteContingency(long accountId, long contingencyId, long version) {
        Strategy strategy = writableStrategy(accountId);
        Contingency contingency = owned(Contingency.class, contingencyId, version, strategy,
                Contingency::getStrategy, Contingency::getVersion);
        em.remove(contingency);
        flush();
        audit.record("strategy.contingency.deleted", "Strategy", strategy.getId(), contingency.getTrigger());
    }

    // ---- internals ----

    /** The priority an objective already names, which stays acceptable even if the database row changed since. */
    private String existingPriority(Long objectiveId) {
        Objective stored = objectiveId == null ? null : em.find(Objective.class, objectiveId);
        return stored == null ? null : stored.getCustomerPriority();
    }

    Optional<Strategy> find(long accountId) {
        return em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** Touches every association a page, the API or the export reads, while the persistence context is open. */
    static Strategy loaded(Strategy strategy) {
        strategy.getAccount().getName();
        strategy.getPotentials().forEach(p -> p.getCitations().size());
        strategy.getOptions().forEach(o -> o.getPotentials().size());
        strategy.getObjectives().forEach(o -> {
            o.getOptions().size();
            o.getParent();
        });
        strategy.getProgrammes().forEach(p -> p.getPlans().forEach(plan -> {
            plan.getObjective();
            if (plan.getOwner() != null) {
                plan.getOwner().getDisplayName();
            }
        }));
        strategy.getContingencies().forEach(c -> c.getPlans().size());
        return strategy;
    }

    private MatrixStanding standingOf(Account account) {
        Optional<Quadrant> scored = quadrants.quadrantOf(account.getId());
        return scored.map(q -> new MatrixStanding(q, true)).orElseGet(() -> new MatrixStanding(account.getSegment(),
                false));
    }

    /** The account's strategy for an edit, created on the first edit of any step. */
    private Strategy writableStrategy(long accountId) {
        return writableStrategy(accountId, null);
    }

    /**
     * The same, at the version the user loaded ({@code null}: any). A strategy nobody had saved yet was loaded at
     * version 0; once created here, that is the version the user saw.
     */
    private Strategy writableStrategy(long accountId, Long loadedVersion) {
        Account account = access.writable(accountId);
        Optional<Strategy> existing = find(accountId);
        if (existing.isPresent()) {
            if (loadedVersion != null) {
                checkVersion(existing.get().getVersion(), loadedVersion);
            }
            return existing.get();
        }
        if (loadedVersion != null && loadedVersion != 0) {
            throw new StaleEditException();
        }
        Strategy created = new Strategy(account);
        created.touch(access.callerName());
        em.persist(created);
        em.flush();
        return created;
    }

    /**
     * The managed record {@code id} of this strategy at the version the user loaded ({@code null}: any version).
     * A record of another account's strategy is refused, as if it were that account.
     */
    private <T> T owned(Class<T> type, long id, Long version, Strategy strategy,
                        java.util.function.Function<T, Strategy> strategyOf,
                        java.util.function.ToLongFunction<T> versionOf) {
        T record = em.find(type, id);
        if (record == null) {
            throw new NotFoundException();
        }
        if (!Objects.equals(strategyOf.apply(record).getId(), strategy.getId())) {
            throw new AccessDeniedException();
        }
        if (version != null) {
            checkVersion(versionOf.applyAsLong(record), version);
        }
        return record;
    }

    private ActionPlan ownedPlan(Strategy strategy, long id, Long version) {
        return owned(ActionPlan.class, id, version, strategy, p -> p.getProgramme().getStrategy(),
                ActionPlan::getVersion);
    }

    private <T> List<T> members(Class<T> type, List<Long> ids, Strategy strategy,
                                java.util.function.Function<T, Strategy> strategyOf) {
        List<T> records = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            records.add(owned(type, id, null, strategy, strategyOf, x -> 0L));
        }
        return records;
    }

    private static void checkVersion(long current, long loaded) {
        if (current != loaded) {
            throw new StaleEditException();
        }
    }

    private static List<ActionPlan> plansServing(Strategy strategy, Objective objective) {
        return strategy.getPlans().stream().filter(p -> p.getObjective() != null
                && objective.getId().equals(p.getObjective().getId())).toList();
    }

    private void removeBranch(Strategy strategy, Objective objective) {
        for (Objective child : strategy.childrenOf(objective)) {
            removeBranch(strategy, child);
        }
        plansServing(strategy, objective).forEach(p -> removePlan(strategy, p));
        removeObjective(strategy, objective);
    }

    private void removeObjective(Strategy strategy, Objective objective) {
        objective.getOptions().clear();
        strategy.getObjectives().remove(objective);
        em.remove(objective);
        // One at a time, children first: the database would otherwise cascade a parent's delete onto a child
        // that EclipseLink still means to delete by its version.
        em.flush();
    }

    private void removePlan(Strategy strategy, ActionPlan plan) {
        for (Contingency contingency : strategy.getContingencies()) {
            contingency.getPlans().remove(plan);
        }
        plan.getProgramme().getPlans().remove(plan);
        em.remove(plan);
        em.flush();
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException();
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
