package com.kamplanner.strategy;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DatabaseSection;
import com.kamplanner.situation.KeyAccountDatabase;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DefaultDatabaseTemplate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the armed contingencies of an account against its data, in the transaction of the write that changed it
 * (an actual recorded, a stakeholder changed or removed, an action plan updated, the competition saved, the health
 * scores computed), and every night for every account. A condition that holds fires its contingency once: the firing is recorded with its
 * value, the KAM and the KA Directors are notified, and the prepared (dormant) action plans wake with their dates
 * counted from the firing day. No rights of its own ({@code @PermitAll}): the writers checked theirs, and the
 * check reads the whole account whatever the caller may see, so that a condition never depends on who wrote.
 */
@Stateless
@PermitAll
public class ContingencyWatch {

    private static final Logger LOG = Logger.getLogger(ContingencyWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Resource
    SessionContext context;

    /** Checks the account's armed contingencies today; returns how many fired. */
    public int check(long accountId) {
        return check(accountId, LocalDate.now());
    }

    public int check(long accountId, LocalDate today) {
        List<Contingency> armed = em.createQuery("select c from Contingency c where c.strategy.account.id = :account "
                        + "and c.state = :armed and c.condition.kind is not null order by c.id", Contingency.class)
                .setParameter("account", accountId).setParameter("armed", Contingency.State.ARMED).getResultList();
        if (armed.isEmpty()) {
            return 0;
        }
        WatchFacts facts = facts(accountId);
        return fireWhereHolds(armed, c -> facts, today);
    }

    /**
     * Checks the armed health conditions of the accounts whose health score changed, on the scores just stored, in
     * the transaction of the computation that stored them. One statement finds the watching contingencies, whatever
     * the number of accounts; an account whose score became unknown fires nothing.
     *
     * @param changed account id → its new score (null when unknown), for the accounts whose score changed
     * @return how many contingencies fired
     */
    public int checkHealth(Map<Long, Integer> changed, LocalDate today) {
        if (changed.isEmpty()) {
            return 0;
        }
        List<Contingency> watching = em.createQuery("select c from Contingency c join fetch c.strategy s "
                        + "join fetch s.account where c.state = :armed and c.condition.kind = :kind order by c.id",
                        Contingency.class).setParameter("armed", Contingency.State.ARMED)
                .setParameter("kind", WatchedCondition.Kind.HEALTH_BELOW).getResultList();
        List<Contingency> due = watching.stream().filter(c -> changed.containsKey(accountOf(c))).toList();
        return fireWhereHolds(due, c -> WatchFacts.ofHealth(changed.get(accountOf(c))), today);
    }

    /** Fires each of {@code armed} whose condition holds on its facts today; returns how many fired. */
    private int fireWhereHolds(List<Contingency> armed, Function<Contingency, WatchFacts> facts, LocalDate today) {
        int fired = 0;
        for (Contingency contingency : armed) {
            WatchRules.Firing firing = WatchRules.check(contingency, facts.apply(contingency), today).orElse(null);
            if (firing != null) {
                fire(contingency, firing, today);
                fired++;
            }
        }
        if (fired > 0) {
            OptimisticSave.flush(em);
        }
        return fired;
    }

    private static Long accountOf(Contingency contingency) {
        return contingency.getStrategy().getAccount().getId();
    }

    /** The nightly check of every account with an armed contingency, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int checkAll(LocalDate today) {
        List<Long> accounts = em.createQuery("select distinct c.strategy.account.id from Contingency c "
                        + "where c.state = :armed and c.condition.kind is not null", Long.class)
                .setParameter("armed", Contingency.State.ARMED).getResultList();
        ContingencyWatch self = context.getBusinessObject(ContingencyWatch.class);
        int fired = 0;
        for (Long accountId : accounts) {
            try {
                fired += self.checkAlone(accountId, today);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Contingencies of account " + accountId + " not checked; the next run tries "
                        + "again", e);
            }
        }
        return fired;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int checkAlone(long accountId, LocalDate today) {
        return check(accountId, today);
    }

    private void fire(Contingency contingency, WatchRules.Firing firing, LocalDate today) {
        contingency.fire(Instant.now(), firing.value());
        contingency.getPlans().forEach(plan -> plan.wake(today));
        Strategy strategy = contingency.getStrategy();
        long accountId = strategy.getAccount().getId();
        String on = on(contingency.getCondition(), firing.value());
        audit.record(AuditAction.STRATEGY_CONTINGENCY_FIRED, "Strategy", strategy.getId(),
                contingency.getTrigger() + " — " + on);
        notifications.notify(new Occasion(NotificationKind.CONTINGENCY_FIRED, accountId, null,
                List.of(strategy.getAccount().getName(), contingency.getTrigger(), on),
                "strategy/workspace.xhtml?account=" + accountId + "&step=" + StrategyStep.CONTINGENCIES.ordinal(),
                "contingency:" + contingency.getId() + ":" + contingency.getFiredAt()), null, null);
    }

    /** What the notification says it fired on: the target, and the value read. */
    static String on(WatchedCondition condition, BigDecimal value) {
        String target = condition.getTargetName() == null ? "" : condition.getTargetName();
        return value == null ? target : target + " = " + value.stripTrailingZeros().toPlainString();
    }

    /** Everything the account's conditions read, in five statements whatever the number of contingencies. */
    WatchFacts facts(long accountId) {
        Map<Long, BigDecimal> actuals = new HashMap<>();
        for (Object[] row : em.createQuery("select a.objective.id, a.value from IndicatorActual a "
                + "where a.objective.strategy.account.id = :account order by a.periodEnd desc, a.id desc",
                Object[].class).setParameter("account", accountId).getResultList()) {
            actuals.putIfAbsent((Long) row[0], (BigDecimal) row[1]);
        }
        Set<Long> stakeholders = new HashSet<>();
        Set<Long> opponents = new HashSet<>();
        for (Object[] row : em.createQuery("select s.id, s.attitude from Stakeholder s where s.account.id = :account",
                Object[].class).setParameter("account", accountId).getResultList()) {
            stakeholders.add((Long) row[0]);
            if (row[1] == Attitude.OPPONENT) {
                opponents.add((Long) row[0]);
            }
        }
        Map<Long, Boolean> done = new HashMap<>();
        for (Object[] row : em.createQuery("select ap.id, ap.status, ap.followUpStatus from ActionPlan ap "
                + "where ap.programme.strategy.account.id = :account", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            String followUp = (String) row[2];
            done.put((Long) row[0], followUp != null ? "DONE".equals(followUp) : row[1] == ActionPlan.Status.DONE);
        }
        return new WatchFacts(actuals, stakeholders, opponents, done, competitorShares(accountId),
                healthScore(accountId));
    }

    /** The account's stored health score; null when unknown or not yet computed. Read as a plain table. */
    private Integer healthScore(long accountId) {
        List<?> rows = em.createNativeQuery("select score from account_health where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    /** Each competitor's estimated share, from the competition part of the Key Account Database. */
    private Map<String, BigDecimal> competitorShares(long accountId) {
        Map<String, BigDecimal> shares = new HashMap<>();
        String table = em.createQuery("select d from KeyAccountDatabase d where d.account.id = :account",
                        KeyAccountDatabase.class).setParameter("account", accountId).getResultStream().findFirst()
                .flatMap(d -> d.findSection(DefaultDatabaseTemplate.COMPETITION))
                .map((DatabaseSection s) -> s.value(DefaultDatabaseTemplate.COMPETITORS)).orElse(null);
        for (Map<String, String> row : TableRows.read(table)) {
            String name = row.get(COMPETITOR_COLUMN);
            String share = row.get(SHARE_COLUMN);
            if (name != null && share != null) {
                try {
                    shares.put(WatchFacts.competitorKey(name), new BigDecimal(share.trim()));
                } catch (NumberFormatException e) {
                    // a share the table holds as text is not a value to watch
                }
            }
        }
        return shares;
    }

    /** The columns of the Database's competitors table ({@link DefaultDatabaseTemplate#COMPETITORS}). */
    public static final String COMPETITOR_COLUMN = "competitor";
    public static final String SHARE_COLUMN = "share";
}
