package com.kamplanner.strategy;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Steps 1 and 2 of the strategy: the situation potentials (SWOT) citing the Key Account Database, and the TOWS
 * options that pair them. Each edit names the version the user loaded and is audited.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class TowsService {

    public static final String UNKNOWN_CITATION = "strategy.potential.unknownCitation";

    @PersistenceContext
    EntityManager em;

    @Inject
    StrategyRecords records;

    @Inject
    StrategyService strategies;

    @Inject
    AuditTrail audit;

    /**
     * Saves a potential citing the Key Account Database fields and stakeholders named by {@code citationKeys}
     * ({@link Citation#getKey()}); each must be one the caller can cite now, and is labelled in {@code locale}.
     */
    public SituationPotential savePotential(long accountId, SituationPotential edited, List<String> citationKeys,
                                            Locale locale) {
        Strategy strategy = records.writableStrategy(accountId);
        SituationPotential potential = edited.getId() == null ? new SituationPotential()
                : records.owned(SituationPotential.class, edited.getId(), edited.getVersion(), strategy,
                SituationPotential::getStrategy, SituationPotential::getVersion);
        List<Citation> citations = new ArrayList<>();
        if (citationKeys != null && !citationKeys.isEmpty()) {
            Map<String, Citation> citable = new LinkedHashMap<>();
            strategies.citable(accountId, locale).forEach(c -> citable.put(c.getKey(), c));
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
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_POTENTIAL_SAVED, "Strategy", strategy.getId(), potential.getKind() + ": "
                + potential.getStatement());
        return potential;
    }

    public void deletePotential(long accountId, long potentialId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        SituationPotential potential = records.owned(SituationPotential.class, potentialId, version, strategy,
                SituationPotential::getStrategy, SituationPotential::getVersion);
        for (TowsOption option : strategy.getOptions()) {
            option.getPotentials().remove(potential);
        }
        em.remove(potential);
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_POTENTIAL_DELETED, "Strategy", strategy.getId(), potential.getStatement());
    }

    /** Saves an option pairing the given potentials, which must fit its type (an SO option: strengths and opportunities). */
    public TowsOption saveOption(long accountId, TowsOption edited, List<Long> potentialIds) {
        Strategy strategy = records.writableStrategy(accountId);
        List<SituationPotential> potentials = records.members(SituationPotential.class, potentialIds, strategy,
                SituationPotential::getStrategy);
        StrategyRules.checkPairing(edited.getType(), potentials);
        TowsOption option = edited.getId() == null ? new TowsOption()
                : records.owned(TowsOption.class, edited.getId(), edited.getVersion(), strategy,
                TowsOption::getStrategy, TowsOption::getVersion);
        option.copyFrom(edited);
        option.reviewEvidence(Instant.now());
        option.getPotentials().clear();
        option.getPotentials().addAll(potentials);
        if (option.getId() == null) {
            option.attachTo(strategy);
            em.persist(option);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_OPTION_SAVED, "Strategy", strategy.getId(), option.getType() + ": "
                + option.getStatement());
        return option;
    }

    /**
     * Confirms a flagged item against its changed evidence (issue 18, evidence drift): a potential takes the cited
     * fields' values now as its citations' new baseline; an option or objective counts as reviewed now. Whoever may
     * write the strategy confirms, naming the version they loaded.
     */
    public void confirmEvidence(long accountId, EvidenceFlag.Item item, long itemId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        Instant now = Instant.now();
        String title;
        switch (item) {
            case POTENTIAL -> {
                SituationPotential potential = records.owned(SituationPotential.class, itemId, version, strategy,
                        SituationPotential::getStrategy, SituationPotential::getVersion);
                potential.rebase(CitedEvidence.load(em, accountId), now);
                // A citation is an element, not an attribute: the version moves so a second confirm is stale.
                em.lock(potential, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                title = potential.getStatement();
            }
            case OPTION -> {
                TowsOption option = records.owned(TowsOption.class, itemId, version, strategy,
                        TowsOption::getStrategy, TowsOption::getVersion);
                option.reviewEvidence(now);
                title = option.getStatement();
            }
            default -> {
                Objective objective = records.owned(Objective.class, itemId, version, strategy,
                        Objective::getStrategy, Objective::getVersion);
                objective.reviewEvidence(now);
                title = objective.getTitle();
            }
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_EVIDENCE_CONFIRMED, "Strategy", strategy.getId(), item + ": " + title);
    }

    /** Deletes an option; strategic objectives traced only to it are flagged by the compliance checks. */
    public void deleteOption(long accountId, long optionId, long version) {
        Strategy strategy = records.writableStrategy(accountId);
        TowsOption option = records.owned(TowsOption.class, optionId, version, strategy, TowsOption::getStrategy,
                TowsOption::getVersion);
        for (Objective objective : strategy.getObjectives()) {
            objective.getOptions().remove(option);
        }
        em.remove(option);
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_OPTION_DELETED, "Strategy", strategy.getId(), option.getStatement());
    }
}
