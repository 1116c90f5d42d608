package com.kamplanner.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.strategy.StrategyGrant;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The caller's rights on an account computed on real SQL (H2 with the Flyway schema), without a server: the one
 * membership query finds the team, the external flag, the section grants and the strategy grant. The caller's
 * name and roles come from a stand-in session context; the container's part is proven by FoundationIT's rights table.
 */
@Tag(MigratedDatabase.TAG)
class AccountAccessTest {

    private EntityManagerFactory factory;
    private EntityManager em;
    private Account account;

    @BeforeEach
    void seed() {
        factory = MigratedDatabase.open("rights");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        AppUser emma = user("emma.kam", Role.KAM, false);
        user("lucas.kam", Role.KAM, false);
        AppUser tom = user("tom.team", Role.TEAM_MEMBER, false);
        AppUser paul = user("paul.partner", Role.TEAM_MEMBER, true);
        user("nina.team", Role.TEAM_MEMBER, false);
        account = new Account("Rights Aerospace", "Aerospace", "FR");
        account.setKam(emma);
        em.persist(account);
        em.persist(new TeamMembership(account, tom, "Engineer"));
        em.persist(new TeamMembership(account, paul, "Consultant"));
        em.flush();
        grantSection(paul, "customer");
        grantSection(paul, "stakeholders");
        grantSection(tom, "needs");
        em.persist(new StrategyGrant(account, tom, "emma.kam"));
        em.getTransaction().commit();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void theAccountsKamIsItsKamAndNotOnItsTeam() {
        AccountRights emma = as("emma.kam", Role.KAM).rights(account);
        assertTrue(emma.isKam() && emma.canRead() && emma.canScore() && emma.canSetStages());
        assertFalse(emma.isOnTeam() || emma.isReadsAll() || emma.isStrategyGranted());
    }

    @Test
    void aTeamMemberIsOnTheTeamWithTheirGrants() {
        AccountRights tom = as("tom.team", Role.TEAM_MEMBER).rights(account);
        assertTrue(tom.isOnTeam() && tom.canRead() && tom.canScore() && tom.isStrategyGranted());
        assertFalse(tom.isKam() || tom.isExternal() || tom.canSetStages());
        assertEquals(Set.of("needs"), tom.getGrantedSections());
    }

    @Test
    void anExternalMemberIsMarkedExternalWithEveryGrantedSection() {
        AccountRights paul = as("paul.partner", Role.TEAM_MEMBER).rights(account);
        assertTrue(paul.isOnTeam() && paul.isExternal());
        assertFalse(paul.isStrategyGranted());
        assertEquals(Set.of("customer", "stakeholders"), paul.getGrantedSections());
    }

    @Test
    void anotherKamAndAMemberOfNoTeamAreRefused() {
        assertFalse(as("lucas.kam", Role.KAM).rights(account).canRead());
        assertFalse(as("nina.team", Role.TEAM_MEMBER).rights(account).canRead());
        assertThrows(AccessDeniedException.class, () -> as("lucas.kam", Role.KAM).readable(account.getId()));
    }

    @Test
    void relationsCountOnlyWithAnAccountRole() {
        AccountRights hr = as("emma.kam", Role.HR).rights(account);
        assertFalse(hr.isKam() || hr.canRead(), "named KAM without the KAM role");
        AccountRights director = as("tom.team", Role.KA_DIRECTOR).rights(account);
        assertTrue(director.isReadsAll() && director.isDirector());
        assertFalse(director.isOnTeam(), "on the team without an account role");
    }

    private AppUser user(String username, Role role, boolean external) {
        AppUser user = new AppUser(username, username, EnumSet.of(role));
        user.setPasswordHash("not-used");
        user.setExternal(external);
        em.persist(user);
        return user;
    }

    private void grantSection(AppUser member, String section) {
        em.createNativeQuery("insert into section_grant (id, account_id, section_key, user_id, granted_by, granted_at)"
                        + " values ((select coalesce(max(id), 0) + 1 from section_grant), ?, ?, ?, 'emma.kam', "
                        + "current_timestamp)")
                .setParameter(1, account.getId()).setParameter(2, section).setParameter(3, member.getId())
                .executeUpdate();
    }

    private AccountAccess as(String user, Role role) {
        SessionContext context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> user;
                    case "isCallerInRole" -> role.roleName().equals(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        AccountAccess access = new AccountAccess();
        access.em = em;
        access.context = context;
        return access;
    }
}
