package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.health.AccountScore;
import com.kamplanner.health.HealthSeeding;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The demo's account health: every key account scored from what the demo seeded (Airbus Helicopters, with two
 * late action plans, at risk; accounts with a sponsor who never met the customer and no plan, critical; the
 * Status accounts at their target stage, healthy), and eleven months of history before this one, so that the
 * account page's trend has a shape: Airbus Helicopters falling since its action plans slipped, the others drifting
 * as a portfolio does. Seeded once: a restart keeps the history the nightly snapshots wrote since.
 */
final class DemoHealth {

    /** How many points above today's score each account stood eleven months ago (negative: it has improved). */
    private static final Map<String, Integer> DRIFT = Map.of("Airbus Helicopters", 22, "Siemens Healthineers", 12,
            "Rolls-Royce Civil", -8, "Roche Diagnostics", -10, "Valeo", -4, "Schneider Electric", 6,
            "Stellantis Powertrain", 15, "Safran Electronics", -12, "Vestas Wind Systems", 3,
            "Continental Automotive", -6);

    private DemoHealth() {
    }

    /**
     * Two well-kept contacts on a Status account's map, a decision maker and an influential engineer, both
     * supporters met in the last weeks: what makes the account healthy. Only when its map is empty.
     */
    private static void contacts(EntityManager em, String accountName, String decider, String deciderTitle,
                                 String influencer, String influencerTitle) {
        Account account = em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", accountName).getResultStream().findFirst().orElse(null);
        if (account == null || !account.isKeyAccount() || !em.createQuery("select s.id from Stakeholder s "
                + "where s.account = :a", Long.class).setParameter("a", account).getResultList().isEmpty()) {
            return;
        }
        em.persist(contact(account, decider, deciderTitle, DecisionRole.DECISION_MAKER, 9, 20));
        em.persist(contact(account, influencer, influencerTitle, DecisionRole.INFLUENCER, 7, 35));
    }

    private static Stakeholder contact(Account account, String name, String title, DecisionRole role, int influence,
                                       int daysAgo) {
        Stakeholder contact = new Stakeholder(account, name);
        contact.setTitle(title);
        contact.setDecisionRole(role);
        contact.setInfluence(influence);
        contact.setAttitude(Attitude.SUPPORTER);
        contact.setLastContact(LocalDate.now().minusDays(daysAgo));
        return contact;
    }

    /** Computes the scores and, the first time, the history; returns how many accounts were scored. */
    static int seed(EntityManager em, int freshnessDays) {
        contacts(em, "Roche Diagnostics", "Dr. Anna Weber", "Head of Procurement", "Marc Dubois", "Lab Operations Director");
        contacts(em, "Valeo", "Claire Martin", "Purchasing Vice-President", "Yannick Le Goff", "Head of Lighting R&D");
        em.flush();
        List<AccountScore> scores = HealthSeeding.computeNow(em, freshnessDays);
        if (HealthSeeding.hasHistory(em)) {
            return scores.size();
        }
        YearMonth now = YearMonth.now();
        for (AccountScore score : scores) {
            if (score.score() == null) {
                continue;
            }
            Account account = em.find(Account.class, score.accountId());
            int drift = DRIFT.getOrDefault(account.getName(), 0);
            for (int back = 11; back >= 1; back--) {
                // the drift spread over the months, with a small wobble that differs per account and month
                int wobble = (int) ((score.accountId() * 7 + back * 13) % 5) - 2;
                int value = Math.max(0, Math.min(100, score.score() + drift * back / 11 + wobble));
                HealthSeeding.month(em, score.accountId(), now.minusMonths(back), value);
            }
        }
        return scores.size();
    }
}
