package com.kamplanner.health;

import com.kamplanner.account.Account;
import com.kamplanner.congruence.SummaryRefresh;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.ContingencyWatch;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes every key account's health and stores it, each run committed on its own so that every node reads the
 * scores as soon as they are made. Runs for the scheduled jobs, which have no caller: every minute when a write
 * made the scores stale or the day changed ({@link HealthJob}), and nightly with the month's snapshot
 * ({@link HealthSnapshotJob}). A score that drops by more than its segment's threshold notifies the KAM and the KA
 * Directors; a score that changed checks the contingencies watching the account's health.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HealthRefresh {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    SummaryRefresh congruence;

    @Inject
    ContingencyWatch contingencies;

    /** Computes and stores every key account's health as of today; returns how many accounts were scored. */
    public int refresh() {
        Instant startedAt = Instant.now();
        LocalDate today = LocalDate.now();
        Map<Quadrant, HealthWeights> weights = activeWeights(em);
        Map<Long, HealthFacts> facts = HealthStatements.read(em, today, settings.stakeholderFreshnessDays());
        List<AccountScore> scores = scores(facts, weights, today);
        Map<Long, Integer> before = HealthTable.replace(em, scores, startedAt);
        HealthTable.computed(em, startedAt);
        // the congruence rule HEALTH_BELOW_THRESHOLD reads the stored scores: its count is due again
        congruence.markStale();
        for (AccountScore score : scores) {
            HealthWeights segment = weights.get(facts.get(score.accountId()).getSegment());
            int threshold = segment == null ? HealthRules.DEFAULT_DROP_THRESHOLD : segment.getDropThreshold();
            if (HealthRules.dropped(before.get(score.accountId()), score.score(), threshold)) {
                notifyDrop(score.accountId(), before.get(score.accountId()), score.score());
            }
        }
        // the contingencies watching an account's health fall due where its score changed
        contingencies.checkHealth(changed(before, scores), today);
        return scores.size();
    }

    /** Computes again when a write made the scores stale, or when they were computed on an earlier day. */
    public boolean refreshIfDue(Instant now) {
        Instant[] state = HealthTable.state(em);
        ZoneId zone = ZoneId.systemDefault();
        boolean due = state[0] == null || state[1] != null
                || state[0].atZone(zone).toLocalDate().isBefore(now.atZone(zone).toLocalDate());
        if (due) {
            refresh();
        }
        return due;
    }

    /** Computes every score, then keeps it as the score of the month of {@code today}. */
    public int snapshot(LocalDate today) {
        refresh();
        return HealthTable.snapshot(em, today.withDayOfMonth(1));
    }

    /** Marks the scores stale: a write may have changed an account's health. */
    public void markStale() {
        HealthTable.markStale(em, Instant.now());
    }

    private void notifyDrop(long accountId, int before, int after) {
        Account account = em.find(Account.class, accountId);
        notifications.notify(Occasion.onAccount(NotificationKind.HEALTH_DROPPED, accountId,
                "/accounts/account.xhtml?id=" + accountId, account.getName(), Integer.toString(before),
                Integer.toString(after)), null, null);
    }

    /** The accounts whose score differs from the one stored before (a new account's included), with their score. */
    static Map<Long, Integer> changed(Map<Long, Integer> before, List<AccountScore> scores) {
        Map<Long, Integer> changed = new HashMap<>();
        for (AccountScore score : scores) {
            if (!before.containsKey(score.accountId())
                    || !Objects.equals(before.get(score.accountId()), score.score())) {
                changed.put(score.accountId(), score.score());
            }
        }
        return changed;
    }

        /** Every account's score from its facts, under its segment's weights. */
    static List<AccountScore> scores(Map<Long, HealthFacts> facts, Map<Quadrant, HealthWeights> weights,
                                     LocalDate today) {
        List<AccountScore> scores = new ArrayList<>();
        for (HealthFacts f : facts.values()) {
            List<ComponentValue> components = HealthRules.components(f, weightsOf(weights, f.getSegment()), today);
            scores.add(new AccountScore(f.getAccountId(), HealthRules.score(components), components));
        }
        return scores;
    }

    /** The active weights of each segment. */
    static Map<Quadrant, HealthWeights> activeWeights(EntityManager em) {
        Map<Quadrant, HealthWeights> bySegment = new EnumMap<>(Quadrant.class);
        for (HealthWeights w : em.createQuery("select w from HealthWeights w where w.lifecycle.status = "
                + "com.kamplanner.platform.LifecycleStatus.ACTIVE", HealthWeights.class).getResultList()) {
            bySegment.put(w.getSegment(), w);
        }
        return bySegment;
    }

    /** A segment's weights; an account without a segment (or a segment without weights) is weighed as Strategic. */
    static Map<HealthComponent, Integer> weightsOf(Map<Quadrant, HealthWeights> weights, Quadrant segment) {
        HealthWeights w = segment == null ? null : weights.get(segment);
        if (w == null) {
            w = weights.get(Quadrant.STRATEGIC);
        }
        return w == null ? HealthRules.DEFAULT_WEIGHTS : w.weights();
    }
}
