package com.kamplanner.culture;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who the caller is to the programme's culture: their roles, whether they come from outside the company, and the
 * segments of the accounts they are on; {@link CultureRules} decides from that what they may read and publish.
 */
@Stateless
@PermitAll
public class ProgrammeMembers {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccountAccess access;

    /** The caller's roles, as the container knows them. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public CultureRights rights() {
        Set<Role> roles = roles();
        return new CultureRights(CultureRules.mayRead(roles, external()), CultureRules.mayPublish(roles));
    }

    /** The caller as a programme member; {@link AccessDeniedException} for anyone else. */
    public Set<Role> requireMember() {
        Set<Role> roles = roles();
        if (!CultureRules.mayRead(roles, external())) {
            throw new AccessDeniedException();
        }
        return roles;
    }

    /** The segments of the accounts the caller holds or is on the team of (none for those who read all). */
    public Set<Quadrant> segmentsOfMyAccounts() {
        if (access.readsAll()) {
            return Set.of();
        }
        List<Long> mine = access.visibleAccountIds();
        if (mine.isEmpty()) {
            return Set.of();
        }
        Set<Quadrant> segments = EnumSet.noneOf(Quadrant.class);
        segments.addAll(em.createQuery("select distinct a.segment from Account a where a.id in :ids "
                + "and a.segment is not null", Quadrant.class).setParameter("ids", mine).getResultList());
        return segments;
    }

    /** The calling user. */
    public AppUser caller() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
    }

    private boolean external() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .map(AppUser::isExternal).orElse(true);
    }
}
