package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.WatchedCondition;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/**
 * The contingency that watches in the demo: Airbus Helicopters' strategy watches the H160 blade share (an
 * indicator) and keeps a bridge-order plan dormant until the share falls below 10 %. Added to the strategy however
 * old, once: a strategy that already watches a condition is left as it is.
 */
final class DemoContingency {

    static final String INDICATOR = "Share of H160 blade volume";
    static final String PREPARED = "Secure a bridge order for H145 blades while the H160 qualification recovers";

    private DemoContingency() {
    }

    /** Returns 1 when it added the contingency, 0 when there was nothing to add it to or it was there. */
    static int seed(EntityManager em, AppUser kam) {
        Account airbus = em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", "Airbus Helicopters").getResultStream().findFirst().orElse(null);
        Strategy strategy = airbus == null ? null : em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                .setParameter("account", airbus.getId()).getResultStream().findFirst().orElse(null);
        if (strategy == null || strategy.getContingencies().stream().anyMatch(Contingency::isWatching)) {
            return 0;
        }
        Objective share = strategy.getObjectives().stream()
                .filter(o -> o.hasIndicator() && INDICATOR.equals(o.getIndicator().getName())).findFirst()
                .orElse(null);
        ActionProgramme programme = strategy.getProgrammes().stream().findFirst().orElse(null);
        if (share == null || programme == null) {
            return 0;
        }
        ActionPlan bridge = new ActionPlan(PREPARED, ActionPlan.Kind.CONTRACTUAL);
        bridge.setResources("Pricing and the H145 programme office");
        bridge.setBudget(new BigDecimal("15000"));
        bridge.setDormant(true);
        bridge.setStartOffsetDays(0);
        bridge.setDueOffsetDays(45);
        programme.addPlan(bridge, share, kam);
        em.persist(bridge);
        Contingency watch = new Contingency("Our share of the H160 blade volume falls below 10 %",
                "Protect the volume we hold: secure a bridge order on the H145 blades and review the H160 "
                        + "qualification plan with Marignane engineering");
        watch.setCondition(new WatchedCondition(WatchedCondition.Kind.INDICATOR, share.getId(), INDICATOR,
                WatchedCondition.Operator.BELOW, new BigDecimal("10"), null));
        strategy.addContingency(watch, bridge);
        em.persist(watch);
        return 1;
    }
}
