package com.kamplanner.situation;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.Role;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Key Account Databases ask of their people, across accounts, for the home page: the KAM's key accounts
 * without a database, with stale sections, with decision makers not contacted lately; a team member's granted
 * sections still empty or stale. Stale is
 * the database page's rule ({@code KeyAccountDatabaseService.stale}: saved longer ago than the segment's review
 * frequency). A constant number of statements whatever the number of accounts.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class DatabaseUpkeep {

    /** What an account's database needs. */
    public enum Need { MISSING, STALE, GRANTED_TO_FILL, DECISION_MAKERS_NOT_CONTACTED }

    /**
     * One account's need: how many sections (or decision makers), and since when the oldest of them was last saved
     * (last contacted); null if never.
     */
    public record Gap(long accountId, String accountName, Need need, int sections, Instant since)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** The caller's key accounts (as their KAM) without a database, and those with stale sections. */
    @RolesAllowed(Role.Names.KAM)
    public List<Gap> ofMyAccounts() {
        String me = access.callerName();
        List<Object[]> keyAccounts = em.createQuery("select a.id, a.name from Account a where a.kam.username = :me "
                + "and a.keyAccount = true order by a.name, a.id", Object[].class).setParameter("me", me).getResultList();
        if (keyAccounts.isEmpty()) {
            return List.of();
        }
        Set<Long> withDatabase = new HashSet<>(em.createQuery("select d.account.id from KeyAccountDatabase d "
                + "where d.account.kam.username = :me", Long.class).setParameter("me", me).getResultList());
        List<Gap> gaps = new ArrayList<>();
        for (Object[] a : keyAccounts) {
            if (!withDatabase.contains((Long) a[0])) {
                gaps.add(new Gap((Long) a[0], (String) a[1], Need.MISSING, 0, null));
            }
        }
        Map<Quadrant, Integer> months = reviewMonths();
        Map<Long, Gap> stale = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select s, a.id, a.name, a.segment from DatabaseSection s join s.database d "
                + "join d.account a where a.kam.username = :me and a.keyAccount = true and s.updatedAt is not null "
                + "order by a.name, a.id", Object[].class).setParameter("me", me).getResultList()) {
            DatabaseSection section = (DatabaseSection) row[0];
            if (KeyAccountDatabaseService.stale(section, months.getOrDefault((Quadrant) row[3], 0))) {
                stale.merge((Long) row[1], new Gap((Long) row[1], (String) row[2], Need.STALE, 1,
                        section.getUpdatedAt()), DatabaseUpkeep::add);
            }
        }
        gaps.addAll(stale.values());
        return gaps;
    }

    /**
     * The sections granted to the caller, on the accounts whose team they are still on, that were never saved or
     * are stale: one line per account.
     */
    @RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public List<Gap> grantedToMe() {
        List<Long> visible = access.visibleAccountIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Object[]> grants = em.createQuery("select g.account.id, g.account.name, g.account.segment, g.sectionKey "
                        + "from SectionGrant g where g.member.username = :me and g.account.id in :ids "
                        + "and g.sectionKey <> :map order by g.account.name, g.account.id", Object[].class)
                .setParameter("me", access.callerName()).setParameter("ids", visible)
                .setParameter("map", KeyAccountDatabaseService.STAKEHOLDER_MAP).getResultList();
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<String, DatabaseSection> saved = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select s, d.account.id from DatabaseSection s join s.database d "
                        + "where d.account.id in :ids", Object[].class)
                .setParameter("ids", grants.stream().map(g -> (Long) g[0]).distinct().toList()).getResultList()) {
            DatabaseSection section = (DatabaseSection) row[0];
            saved.put(row[1] + "/" + section.getKey(), section);
        }
        Map<Quadrant, Integer> months = reviewMonths();
        Map<Long, Gap> gaps = new LinkedHashMap<>();
        for (Object[] g : grants) {
            DatabaseSection section = saved.get(g[0] + "/" + g[3]);
            boolean empty = section == null || section.getUpdatedAt() == null;
            if (empty || KeyAccountDatabaseService.stale(section, months.getOrDefault((Quadrant) g[2], 0))) {
                gaps.merge((Long) g[0], new Gap((Long) g[0], (String) g[1], Need.GRANTED_TO_FILL, 1,
                        empty ? null : section.getUpdatedAt()), DatabaseUpkeep::add);
            }
        }
        return new ArrayList<>(gaps.values());
    }

    /**
     * The decision makers of the caller's key accounts (as their KAM) not contacted within {@code freshnessDays}
     * (the programme's stakeholder-freshness setting) or never: one line per account, one statement.
     */
    @RolesAllowed(Role.Names.KAM)
    public List<Gap> decisionMakersNotContacted(int freshnessDays) {
        java.time.LocalDate cutOff = java.time.LocalDate.now().minusDays(freshnessDays);
        Map<Long, Gap> gaps = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.name, s.lastContact from Stakeholder s join s.account a "
                        + "where a.kam.username = :me and a.keyAccount = true and s.decisionRole = :maker "
                        + "and (s.lastContact is null or s.lastContact < :cutOff) order by a.name, a.id", Object[].class)
                .setParameter("me", access.callerName()).setParameter("maker", DecisionRole.DECISION_MAKER)
                .setParameter("cutOff", cutOff).getResultList()) {
            java.time.LocalDate last = (java.time.LocalDate) row[2];
            gaps.merge((Long) row[0], new Gap((Long) row[0], (String) row[1], Need.DECISION_MAKERS_NOT_CONTACTED, 1,
                    last == null ? null : last.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()),
                    DatabaseUpkeep::add);
        }
        return new ArrayList<>(gaps.values());
    }

    /** Two needs of one account as one: the sections added up, since the oldest save (never saved wins). */
    static Gap add(Gap a, Gap b) {
        Instant since = a.since() == null || b.since() == null ? null
                : a.since().isBefore(b.since()) ? a.since() : b.since();
        return new Gap(a.accountId(), a.accountName(), a.need(), a.sections() + b.sections(), since);
    }

    private Map<Quadrant, Integer> reviewMonths() {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getReviewFrequencyMonths()));
        return months;
    }
}
