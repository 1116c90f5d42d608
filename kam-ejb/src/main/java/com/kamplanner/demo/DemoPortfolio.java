package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.people.AppUser;
import com.kamplanner.selection.Quadrant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo company's key accounts: which demo accounts are key accounts, their segment, relationship stages,
 * sponsor and KA team. Applied only to accounts created in the same seeding run, so that a restart never
 * undoes what people decided since.
 */
final class DemoPortfolio {

    record KeyAccount(String name, Quadrant segment, RelationshipStage now, RelationshipStage target,
                      String sponsor, long totalSpendMillions) {
    }

    record Team(String account, String member, String role) {
    }

    static final List<KeyAccount> KEY_ACCOUNTS = List.of(
            new KeyAccount("Airbus Helicopters", Quadrant.STRATEGIC, RelationshipStage.COOPERATIVE,
                    RelationshipStage.INTERDEPENDENT, "claire.exec", 95),
            new KeyAccount("Rolls-Royce Civil", Quadrant.STRATEGIC, RelationshipStage.BASIC,
                    RelationshipStage.COOPERATIVE, null, 120),
            new KeyAccount("Safran Electronics", Quadrant.STAR, RelationshipStage.BASIC,
                    RelationshipStage.COOPERATIVE, null, 60),
            new KeyAccount("Siemens Healthineers", Quadrant.STRATEGIC, RelationshipStage.INTERDEPENDENT,
                    RelationshipStage.INTEGRATED, "claire.exec", 140),
            new KeyAccount("Roche Diagnostics", Quadrant.STATUS, RelationshipStage.COOPERATIVE,
                    RelationshipStage.COOPERATIVE, null, 70),
            new KeyAccount("Schneider Electric", Quadrant.STRATEGIC, RelationshipStage.COOPERATIVE,
                    RelationshipStage.INTERDEPENDENT, null, 180),
            new KeyAccount("Vestas Wind Systems", Quadrant.STAR, RelationshipStage.EXPLORATORY,
                    RelationshipStage.BASIC, null, 55),
            new KeyAccount("Stellantis Powertrain", Quadrant.STRATEGIC, RelationshipStage.BASIC,
                    RelationshipStage.COOPERATIVE, "claire.exec", 210),
            new KeyAccount("Valeo", Quadrant.STATUS, RelationshipStage.COOPERATIVE,
                    RelationshipStage.COOPERATIVE, null, 90),
            new KeyAccount("Continental Automotive", Quadrant.STREAMLINE, RelationshipStage.BASIC,
                    RelationshipStage.BASIC, null, 40));

    static final List<Team> TEAMS = List.of(
            new Team("Airbus Helicopters", "tom.team", "Application engineer"),
            new Team("Airbus Helicopters", "paul.partner", "Regulatory consultant"),
            new Team("Siemens Healthineers", "tom.team", "Service manager"),
            new Team("Schneider Electric", "nina.team", "Supply chain lead"),
            new Team("Stellantis Powertrain", "nina.team", "Quality engineer"));

    private DemoPortfolio() {
    }

    /** Applies the key account data to the accounts, by name; returns how many became key accounts. */
    static int apply(jakarta.persistence.EntityManager em, Map<String, AppUser> users,
                     java.util.Set<String> createdNow) {
        int made = 0;
        for (KeyAccount key : KEY_ACCOUNTS) {
            Account account = createdNow.contains(key.name()) ? byName(em, key.name()) : null;
            if (account == null || account.isKeyAccount()) {
                continue;
            }
            account.setKeyAccount(true);
            account.setSegment(key.segment(), false, null);
            account.setCurrentStage(key.now());
            account.setTargetStage(key.target());
            account.setSponsor(key.sponsor() == null ? null : users.get(key.sponsor()));
            account.setTotalCategorySpend(BigDecimal.valueOf(key.totalSpendMillions()).movePointRight(6));
            made++;
            for (Team team : TEAMS) {
                if (team.account().equals(key.name())) {
                    em.persist(new TeamMembership(account, users.get(team.member()), team.role()));
                }
            }
        }
        return made;
    }

    private static Account byName(jakarta.persistence.EntityManager em, String name) {
        return em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }
}
