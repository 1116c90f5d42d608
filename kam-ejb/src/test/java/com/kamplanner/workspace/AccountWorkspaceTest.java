package com.kamplanner.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.plan.KeyAccountPlan;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.selection.Quadrant;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The account header read on real SQL (H2 with the Flyway schema), without a server: the newest plan version's
 * status, the assigned segment beside the scored quadrant, and the tabs from the caller's rights. The caller comes
 * from a stand-in session context; the pages' part is proven by HttpIT.
 */
@Tag(MigratedDatabase.TAG)
class AccountWorkspaceTest {

    private EntityManagerFactory factory;
    private EntityManager em;
    private Account airbus;
    private Account thales;

    @BeforeEach
    void seed() {
        factory = MigratedDatabase.open("workspace");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        AppUser emma = user("emma.kam", "Emma Laurent", Role.KAM);
        user("lucas.kam", "Lucas Girard", Role.KAM);
        airbus = new Account("Airbus Helicopters", "Aerospace", "FR");
        airbus.setKam(emma);
        airbus.setSegment(Quadrant.STRATEGIC, false, null);
        em.persist(airbus);
        thales = new Account("Thales", "Defence", "FR");
        em.persist(thales);
        KeyAccountPlan plan = new KeyAccountPlan(airbus);
        em.persist(plan);
        em.persist(new PlanVersion(plan, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "emma.kam"));
        em.persist(new PlanVersion(plan, 2, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "emma.kam"));
        em.flush();
        em.createQuery("update PlanVersion v set v.status = :submitted where v.number = 2")
                .setParameter("submitted", VersionStatus.SUBMITTED).executeUpdate();
        em.getTransaction().commit();
        em.clear();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void theKamSeesTheirAccountWithEveryTabAndTheNewestVersionsStatus() {
        AccountHeader header = as("emma.kam", Role.KAM, Quadrant.STRATEGIC).header(airbus.getId());
        assertEquals("Airbus Helicopters", header.getName());
        assertEquals("Emma Laurent", header.getKamName());
        assertEquals(VersionStatus.SUBMITTED, header.getPlanStatus(), "the newest version, not the first");
        assertEquals(List.of(AccountTab.values()), header.getTabs());
    }

    @Test
    void theScoredQuadrantShowsOnlyWhenItDiffersFromTheAssignedSegment() {
        assertFalse(as("emma.kam", Role.KAM, Quadrant.STRATEGIC).header(airbus.getId()).isQuadrantDiffers());
        AccountHeader differing = as("emma.kam", Role.KAM, Quadrant.STREAMLINE).header(airbus.getId());
        assertEquals(Quadrant.STRATEGIC, differing.getAssignedSegment());
        assertEquals(Quadrant.STREAMLINE, differing.getScoredQuadrant());
        assertTrue(differing.isQuadrantDiffers());
        assertFalse(as("emma.kam", Role.KAM, null).header(airbus.getId()).isQuadrantDiffers(), "no scores yet");
    }

    @Test
    void anExecutiveReadsEveryPageButTheScoreSheet() {
        AccountHeader header = as("claire.exec", Role.EXECUTIVE, null).header(thales.getId());
        assertEquals(List.of(AccountTab.OVERVIEW, AccountTab.DATABASE, AccountTab.WHITESPACE, AccountTab.STRATEGY,
                AccountTab.PLAN, AccountTab.TEAM), header.getTabs());
        assertNull(header.getPlanStatus(), "no plan yet");
        assertNull(header.getKamName(), "no KAM yet");
    }

    @Test
    void anotherKamIsRefusedAsThePagesRefuseThem() {
        assertThrows(AccessDeniedException.class, () -> as("lucas.kam", Role.KAM, null).header(airbus.getId()));
        assertThrows(AccessDeniedException.class, () -> as("hana.hr", Role.HR, null).header(airbus.getId()));
        assertThrows(NotFoundException.class, () -> as("emma.kam", Role.KAM, null).header(-1));
    }

    private AppUser user(String username, String name, Role role) {
        AppUser user = new AppUser(username, name, EnumSet.of(role));
        user.setPasswordHash("not-used");
        em.persist(user);
        return user;
    }

    private AccountWorkspace as(String user, Role role, Quadrant scored) {
        SessionContext context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> user;
                    case "isCallerInRole" -> role.roleName().equals(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        AccountAccess access = new AccountAccess();
        setField(access, "em", em);
        setField(access, "context", context);
        AccountWorkspace workspace = new AccountWorkspace();
        workspace.em = em;
        workspace.access = access;
        workspace.quadrants = accountId -> Optional.ofNullable(scored);
        return workspace;
    }

    private static void setField(Object target, String name, Object value) {
        try {
            java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
