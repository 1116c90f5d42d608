package com.kamplanner.demo;

import com.kamplanner.people.AppUser;
import com.kamplanner.priority.CorporatePriority;
import com.kamplanner.priority.PriorityLink;
import com.kamplanner.strategy.Objective;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's corporate strategic priorities and sponsorship: three priorities, the first served by Airbus
 * Helicopters' share-of-wallet objective (Emma's demo strategy), the others by no key account. Seeded only when
 * missing; the sponsor meetings are {@link DemoSponsorship}'s.
 */
final class DemoPriorities {

    static final String SERVED = "Grow aftermarket services revenue";
    static final String UNSERVED = "Win in defence electronics";
    static final String SERVING_OBJECTIVE = "Grow our share of wallet in rotor systems";

    private DemoPriorities() {
    }

    /** Returns how many priorities were created now. */
    static int seed(EntityManager em, Map<String, AppUser> users) {
        int created = 0;
        if (em.createQuery("select count(p) from CorporatePriority p", Long.class).getSingleResult() == 0) {
            int year = LocalDate.now().getYear();
            CorporatePriority served = priority(SERVED, "Services, spares and repairs grow to 40 % of revenue: "
                    + "every strategic account plans its aftermarket share.", year - 1, year + 2);
            CorporatePriority defence = priority(UNSERVED, "Enter two defence primes as a qualified electronics "
                    + "supplier.", year, year + 2);
            CorporatePriority digital = priority("Double recurring revenue from digital services",
                    "Predictive maintenance and fleet data services sold as subscriptions.", year, year + 3);
            for (CorporatePriority p : List.of(served, defence, digital)) {
                em.persist(p);
                created++;
            }
            em.flush();
            em.createQuery("select o from Objective o where o.title = :title and o.level = :strategic "
                            + "and o.strategy.account.name = 'Airbus Helicopters'", Objective.class)
                    .setParameter("title", SERVING_OBJECTIVE).setParameter("strategic", Objective.Level.STRATEGIC)
                    .getResultStream().findFirst()
                    .ifPresent(o -> em.persist(new PriorityLink(o, served, "emma.kam")));
        }
        return created;
    }

    private static CorporatePriority priority(String title, String description, int from, int to) {
        CorporatePriority priority = new CorporatePriority(title, from, to);
        priority.setDescription(description);
        priority.setCreatedBy("claire.exec");
        return priority;
    }
}
