package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.Criterion;
import com.kamplanner.selection.CriterionGroup;
import com.kamplanner.selection.IndexStatements;
import com.kamplanner.selection.Score;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/**
 * Scores the demo accounts against the active criteria set so that the selection matrix has something to show:
 * the accounts held by a KAM become key accounts spread over the four quadrants, a few candidates are scored
 * too, and some accounts keep a group unscored to show a missing index. Only accounts without any score are
 * touched, so seeding twice changes nothing.
 */
final class DemoScores {

    /** Accounts whose strength stays unscored, to show a missing index. */
    static final List<String> HALF_SCORED = List.of("Leonardo Elicotteri", "Grifols");

    private DemoScores() {
    }

    static int seed(EntityManager em) {
        CriteriaSet active = em.createNamedQuery(CriteriaSet.BY_STATUS, CriteriaSet.class)
                .setParameter("status", LifecycleStatus.ACTIVE).getResultStream().findFirst().orElse(null);
        if (active == null) {
            return 0;
        }
        List<String> names = DemoAccounts.ROWS.stream().map(DemoAccounts.Row::name).toList();
        List<Account> unscored = em.createQuery("select a from Account a where a.name in :names and not exists "
                + "(select s.id from Score s where s.account = a)", Account.class)
                .setParameter("names", names).getResultList();
        int scored = 0;
        for (Account account : unscored) {
            boolean held = account.getKam() != null;
            if (!held && Math.floorMod(account.getName().hashCode(), 2) == 0) {
                continue;
            }
            if (held) {
                account.setKeyAccount(true);
            }
            if (account.getTotalCategorySpend() == null && account.getOurSalesLast12Months() != null) {
                int sharePercent = 10 + Math.floorMod(account.getName().hashCode(), 50);
                account.setTotalCategorySpend(account.getOurSalesLast12Months().multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(sharePercent), 2, java.math.RoundingMode.HALF_UP));
            }
            String scorer = held ? account.getKam().getUsername() : "david.kad";
            int attractiveness = 2 + Math.floorMod(account.getName().hashCode() / 7, 8);
            int strength = 2 + Math.floorMod(account.getName().hashCode() / 11, 8);
            for (Criterion criterion : active.getCriteria()) {
                boolean strong = criterion.getGroup() == CriterionGroup.STRENGTH;
                if (strong && HALF_SCORED.contains(account.getName())) {
                    continue;
                }
                int spread = Math.floorMod((account.getName() + criterion.getName()).hashCode(), 3) - 1;
                int level = Math.max(1, Math.min(10, (strong ? strength : attractiveness) + spread));
                Score score = new Score(account, criterion);
                score.record(level, null, scorer);
                em.persist(score);
            }
            scored++;
        }
        if (scored > 0) {
            em.flush();
            em.createNativeQuery(IndexStatements.DELETE_ALL).setParameter(1, active.getId()).executeUpdate();
            em.createNativeQuery(IndexStatements.INSERT_ALL).setParameter(1, active.getId()).executeUpdate();
        }
        return scored;
    }
}
