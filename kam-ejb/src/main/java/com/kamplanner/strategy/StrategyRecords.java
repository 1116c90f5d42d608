package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The strategy's records as each step's service may edit them: the account's strategy once {@link StrategyAccess}
 * lets the caller write it, and records of that strategy only, at the version the user loaded. Every step's
 * service finds what it edits here, so that no step can reach another account's strategy.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class StrategyRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    StrategyAccess access;

    /**
     * What {@link #loaded} touches, read by EclipseLink's batch fetching: one statement per association for the
     * whole strategy rather than one per objective, option, programme or action plan, so that a page costs the
     * same number of statements whatever the size of the strategy. A hint, not a mapping change: entities, their
     * versions and optimistic locking stay as they are, and other JPA providers ignore it.
     */
    private static final List<String> BATCH = List.of("s.potentials", "s.potentials.citations", "s.options",
            "s.options.potentials", "s.objectives", "s.objectives.options", "s.objectives.parent", "s.programmes",
            "s.programmes.plans", "s.programmes.plans.objective", "s.programmes.plans.owner",
            "s.programmes.plans.owner.roles", "s.contingencies", "s.contingencies.plans");

    public Optional<Strategy> find(long accountId) {
        return find(em, accountId);
    }

    /** The account's strategy with its document read in batches ({@link #BATCH}), for every reader of it. */
    public static Optional<Strategy> find(EntityManager em, long accountId) {
        jakarta.persistence.TypedQuery<Strategy> query = em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                .setParameter("account", accountId).setHint("eclipselink.batch.type", "IN");
        BATCH.forEach(path -> query.setHint("eclipselink.batch", path));
        return query.getResultStream().findFirst();
    }

    /** Touches every association a page, the API or the export reads, while the persistence context is open. */
    public static Strategy loaded(Strategy strategy) {
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

    /** The account's strategy for an edit, created on the first edit of any step. */
    public Strategy writableStrategy(long accountId) {
        return writableStrategy(accountId, null);
    }

    /**
     * The same, at the version the user loaded ({@code null}: any). A strategy nobody had saved yet was loaded at
     * version 0; once created here, that is the version the user saw.
     */
    public Strategy writableStrategy(long accountId, Long loadedVersion) {
        Account account = access.writable(accountId);
        Optional<Strategy> existing = find(accountId);
        if (existing.isPresent()) {
            if (loadedVersion != null) {
                OptimisticSave.expectVersion(existing.get().getVersion(), loadedVersion);
            }
            return existing.get();
        }
        if (loadedVersion != null && loadedVersion != 0) {
            throw new StaleEditException();
        }
        Strategy created = new Strategy(account);
        created.touch(access.callerName());
        em.persist(created);
        OptimisticSave.flush(em);
        return created;
    }

    /**
     * The managed record {@code id} of this strategy at the version the user loaded ({@code null}: any version).
     * A record of another account's strategy is refused, as if it were that account.
     */
    public <T> T owned(Class<T> type, long id, Long version, Strategy strategy, Function<T, Strategy> strategyOf,
                       ToLongFunction<T> versionOf) {
        T record = em.find(type, id);
        if (record == null) {
            throw new NotFoundException();
        }
        if (!Objects.equals(strategyOf.apply(record).getId(), strategy.getId())) {
            throw new AccessDeniedException();
        }
        if (version != null) {
            OptimisticSave.expectVersion(versionOf.applyAsLong(record), version);
        }
        return record;
    }

    public ActionPlan ownedPlan(Strategy strategy, long id, Long version) {
        return owned(ActionPlan.class, id, version, strategy, p -> p.getProgramme().getStrategy(),
                ActionPlan::getVersion);
    }

    /** The records {@code ids}, each of this strategy, at whatever version. */
    public <T> List<T> members(Class<T> type, List<Long> ids, Strategy strategy, Function<T, Strategy> strategyOf) {
        List<T> records = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            records.add(owned(type, id, null, strategy, strategyOf, x -> 0L));
        }
        return records;
    }

    /** Removes an action plan, and its mention in every contingency, now. */
    public void removePlan(Strategy strategy, ActionPlan plan) {
        for (Contingency contingency : strategy.getContingencies()) {
            contingency.getPlans().remove(plan);
        }
        plan.getProgramme().getPlans().remove(plan);
        em.remove(plan);
        OptimisticSave.flush(em);
    }
}
