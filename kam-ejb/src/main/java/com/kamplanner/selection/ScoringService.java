package com.kamplanner.selection;

import com.kamplanner.template.DefaultDatabaseTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores accounts against the active criteria set and keeps their indices current. Who may score is
 * {@link AccountAccess}'s decision: the KA Director any account, a KAM or team member their own; executives read.
 * After each scoring the account's index row is recomputed by the same SQL as the bulk re-scoring.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class ScoringService {

    public static final String LEVEL_RANGE = "score.level.range";
    public static final String NOT_ACTIVE_CRITERION = "score.criterion.notActive";
    public static final String NOTHING_TO_SCORE = "score.empty";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    CriteriaSetService criteriaSets;

    @Inject
    AuditTrail audit;

    /** Records the levels given on criteria of the active set, then recomputes the account's indices. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public IndexLine score(long accountId, List<ScoreEntry> entries) {
        Account account = access.scorable(accountId);
        if (entries == null || entries.isEmpty()) {
            throw new BusinessRuleException(NOTHING_TO_SCORE);
        }
        CriteriaSet active = criteriaSets.active()
                .orElseThrow(() -> new BusinessRuleException(CriteriaSetService.NO_ACTIVE));
        Map<Long, Criterion> criteria = new HashMap<>();
        active.getCriteria().forEach(c -> criteria.put(c.getId(), c));
        String scorer = access.callerName();
        for (ScoreEntry entry : entries) {
            Criterion criterion = entry.getCriterionId() == null ? null : criteria.get(entry.getCriterionId());
            if (criterion == null) {
                throw new BusinessRuleException(NOT_ACTIVE_CRITERION, entry.getCriterionId());
            }
            if (entry.getLevel() == null || entry.getLevel() < 1 || entry.getLevel() > Criterion.LEVELS) {
                throw new BusinessRuleException(LEVEL_RANGE, criterion.getName());
            }
            Score score = em.createQuery("select s from Score s where s.account = :account "
                            + "and s.criterion = :criterion", Score.class)
                    .setParameter("account", account).setParameter("criterion", criterion)
                    .getResultStream().findFirst().orElseGet(() -> new Score(account, criterion));
            score.record(entry.getLevel(), entry.getComment(), scorer);
            if (score.getId() == null) {
                em.persist(score);
            }
            OptimisticSave.flush(em);
            em.createNativeQuery(IndexStatements.SUPERSEDE).setParameter(1, accountId)
                    .setParameter(2, criterion.getId()).executeUpdate();
        }
        em.createNativeQuery(IndexStatements.DELETE_ONE).setParameter(1, active.getId())
                .setParameter(2, accountId).executeUpdate();
        em.createNativeQuery(IndexStatements.INSERT_ONE).setParameter(1, active.getId())
                .setParameter(2, accountId).executeUpdate();
        audit.record(AuditAction.ACCOUNT_SCORED, "Account", accountId,
                entries.size() + " criteria under version " + active.getNumber());
        return currentIndex(accountId, active);
    }

    /** The active criteria set to score the account against, if the caller may score it. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public CriteriaSet sheetFor(long accountId) {
        access.scorable(accountId);
        CriteriaSet active = criteriaSets.active()
                .orElseThrow(() -> new BusinessRuleException(CriteriaSetService.NO_ACTIVE));
        active.getCriteria().forEach(c -> c.getLevels().size());
        return active;
    }

    /** Every score of the account, under every version, newest version first. */
    public List<ScoreLine> scoresOf(long accountId) {
        access.readable(accountId);
        // The criteria, their sets and their level descriptors in one statement each, not the descriptors one
        // criterion at a time as they were behind a join fetch (issue 17: 10 of the account page's statements).
        return em.createQuery("select s from Score s join s.criterion c join c.criteriaSet cs "
                        + "where s.account.id = :account order by cs.lifecycle.number desc, c.group, c.position",
                        Score.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.criterion")
                .setHint("eclipselink.batch", "s.criterion.criteriaSet")
                .setHint("eclipselink.batch", "s.criterion.levels")
                .setParameter("account", accountId).getResultList().stream().map(ScoreLine::new).toList();
    }

    /** The latest level per criterion lineage, for pre-filling the score form of the active set. */
    public Map<Long, ScoreLine> latestByLineage(long accountId) {
        Map<Long, ScoreLine> latest = new HashMap<>();
        access.readable(accountId);
        for (Score score : em.createQuery("select s from Score s join fetch s.criterion c join fetch c.criteriaSet "
                + "where s.account.id = :account", Score.class).setParameter("account", accountId).getResultList()) {
            if (score.isLatest()) {
                latest.put(score.getCriterion().lineage(), new ScoreLine(score));
            }
        }
        return latest;
    }

    /** The account's indices under every version it was scored under, newest first. */
    public List<IndexLine> indicesOf(long accountId) {
        access.readable(accountId);
        return em.createQuery("select new com.kamplanner.selection.IndexLine(cs.lifecycle.number, cs.lifecycle.status, "
                        + "i.attractiveness, i.strength, i.computedAt) from AccountIndex i, CriteriaSet cs "
                        + "where cs.id = i.criteriaSetId and i.accountId = :account order by cs.lifecycle.number desc",
                        IndexLine.class)
                .setParameter("account", accountId).getResultList();
    }

    /**
     * Our strength on the customer's own buying criteria (the Key Account Database's ratings), beside the KA
     * Director's strength index under the active criteria set; see {@link CustomerStrength} for the formula.
     */
    public CustomerStrength customerStrength(long accountId) {
        access.readable(accountId);
        String stored = em.createQuery("select d from KeyAccountDatabase d where d.account.id = :account",
                        com.kamplanner.situation.KeyAccountDatabase.class).setParameter("account", accountId)
                .getResultStream().findFirst().flatMap(d -> d.findSection(DefaultDatabaseTemplate.NEEDS))
                .map(section -> section.value(DefaultDatabaseTemplate.BUYING_CRITERIA)).orElse(null);
        BigDecimal director = criteriaSets.active().flatMap(active -> indicesOf(accountId).stream()
                .filter(i -> i.getSetNumber() == active.getNumber()).findFirst())
                .map(IndexLine::getStrength).orElse(null);
        return CustomerStrength.fromStored(stored, director);
    }

    private IndexLine currentIndex(long accountId, CriteriaSet active) {
        return indicesOf(accountId).stream().filter(i -> i.getSetNumber() == active.getNumber()).findFirst()
                .orElse(new IndexLine(active.getNumber(), active.getStatus(), null, null, null));
    }
}
