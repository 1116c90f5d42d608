package com.kamplanner.strategy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the conditions of one account's contingencies read, gathered once per check: each objective's latest
 * actual, the contacts on the stakeholder map and those opposed to us, whether each action plan is done, each
 * competitor's estimated share, and the account's stored health score. Kept apart from the database so that {@link WatchRules} is tested alone.
 *
 * @param latestActuals   objective id → its indicator's actual of the latest period
 * @param stakeholders    ids of the contacts on the map
 * @param opponents       ids of the contacts whose attitude is opponent
 * @param milestonesDone  action plan id → true when done; absent for a plan that no longer exists
 * @param competitorShares competitor name (see {@link #competitorKey}) → its estimated share
 * @param healthScore     the account's stored health score, 0 to 100; null when unknown or not yet computed
 */
public record WatchFacts(Map<Long, BigDecimal> latestActuals, Set<Long> stakeholders, Set<Long> opponents,
                         Map<Long, Boolean> milestonesDone, Map<String, BigDecimal> competitorShares,
                         Integer healthScore) {

    public WatchFacts {
        latestActuals = Map.copyOf(latestActuals);
        stakeholders = Set.copyOf(stakeholders);
        opponents = Set.copyOf(opponents);
        milestonesDone = Map.copyOf(milestonesDone);
        competitorShares = Map.copyOf(competitorShares);
    }

    /** The facts of an account's health alone, for the check that follows a computation of the scores. */
    public static WatchFacts ofHealth(Integer healthScore) {
        return new WatchFacts(Map.of(), Set.of(), Set.of(), Map.of(), Map.of(), healthScore);
    }

    /** Competitors are watched by name, as the Database's table writes them: trimmed, case ignored. */
    public static String competitorKey(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    public BigDecimal competitorShare(String name) {
        return competitorShares.get(competitorKey(name));
    }
}
