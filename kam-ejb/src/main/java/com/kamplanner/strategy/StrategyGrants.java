package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The KAM's grants of strategy write access to members of the account's KA team. Everyone who reads the
 * strategy sees who may write it; only the account's KAM grants and revokes.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class StrategyGrants {

    public static final String NOT_ON_TEAM = "strategy.grant.notOnTeam";

    @PersistenceContext
    EntityManager em;

    @Inject
    StrategyAccess access;

    @Inject
    AuditTrail audit;

    /** The members of the KA team who may write the strategy. */
    public List<StrategyGrant> grants(long accountId) {
        access.readable(accountId);
        return em.createQuery("select g from StrategyGrant g join fetch g.member where g.account.id = :account "
                + "order by g.member.displayName", StrategyGrant.class).setParameter("account", accountId)
                .getResultList();
    }

    /**
     * The account's KA team by name, each with whether they may write the strategy: the panel's rows in one
     * statement (the team and the grants as entities were three, with the members' roles).
     */
    public List<StrategyWriter> writers(long accountId) {
        access.readable(accountId);
        List<StrategyWriter> writers = new java.util.ArrayList<>();
        for (Object row : em.createNativeQuery("select u.id, u.display_name, t.team_role, s.id from ka_team_member t "
                        + "join app_user u on u.id = t.user_id left join strategy_grant s on s.account_id = t.account_id "
                        + "and s.user_id = t.user_id where t.account_id = ?1 order by u.display_name, u.id")
                .setParameter(1, accountId).getResultList()) {
            Object[] cells = (Object[]) row;
            writers.add(new StrategyWriter(((Number) cells[0]).longValue(), (String) cells[1], (String) cells[2],
                    cells[3] != null));
        }
        return writers;
    }

    /** The account's KA team, to choose whom to grant. */
    public List<TeamMembership> team(long accountId) {
        access.readable(accountId);
        return em.createNamedQuery(TeamMembership.TEAM, TeamMembership.class).setParameter("account", accountId)
                .getResultList();
    }

    /** Lets a member of the account's KA team write its strategy; the account's KAM only. */
    public void grant(long accountId, long userId) {
        Account account = kamsOwn(accountId);
        AppUser member = em.find(AppUser.class, userId);
        if (member == null || team(accountId).stream().noneMatch(t -> t.getMember().getId().equals(userId))) {
            throw new BusinessRuleException(NOT_ON_TEAM);
        }
        boolean exists = grants(accountId).stream().anyMatch(g -> g.getMember().getId().equals(userId));
        if (!exists) {
            em.persist(new StrategyGrant(account, member, access.callerName()));
            access.forgetRights();
            audit.record(AuditAction.STRATEGY_GRANT, "Account", accountId, member.getUsername());
        }
    }

    public void revoke(long accountId, long userId) {
        kamsOwn(accountId);
        int removed = em.createQuery("delete from StrategyGrant g where g.account.id = :account "
                        + "and g.member.id = :user").setParameter("account", accountId).setParameter("user", userId)
                .executeUpdate();
        if (removed > 0) {
            access.forgetRights();
            audit.record(AuditAction.STRATEGY_REVOKE, "Account", accountId, String.valueOf(userId));
        }
    }

    private Account kamsOwn(long accountId) {
        Account account = access.readable(accountId);
        if (!access.isKamOf(account)) {
            throw new AccessDeniedException();
        }
        return account;
    }
}
