package com.kamplanner.bestpractice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.strategy.StrategyTemplates;
import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.plan.ReviewedVersions;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Strategy;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The library's marking and read rules on real SQL (H2 with the Flyway schema), without a server: the caller's
 * name and role come from a stand-in session context. The container's role checks are proven by ProgrammeIT, in
 * its best-practice library section.
 */
@Tag(MigratedDatabase.TAG)
class BestPracticeServiceTest {

    private EntityManagerFactory factory;
    private EntityManager em;
    private long approved;
    private long working;
    private long sound;
    private long oneSided;
    private long strategy;

    @BeforeEach
    void seed() {
        factory = MigratedDatabase.open("library");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        AppUser emma = new AppUser("emma.kam", "Emma Laurent", EnumSet.of(Role.KAM));
        emma.setPasswordHash("not-used");
        em.persist(emma);
        Account account = new Account("Library Aerospace", "Aerospace", "FR");
        account.setKam(emma);
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STRATEGIC, false, null);
        em.persist(account);
        Strategy s = LibraryRulesTest.complete(account);
        ActionProgramme contractsOnly = s.addProgramme(new ActionProgramme("Contracts only"));
        ActionPlan framework = new ActionPlan("Second framework", ActionPlan.Kind.CONTRACTUAL);
        contractsOnly.addPlan(framework, s.getObjectives().get(0), null);
        ActionProgramme untraced = s.addProgramme(new ActionProgramme("One plan serves no objective"));
        untraced.addPlan(new ActionPlan("Renewal", ActionPlan.Kind.CONTRACTUAL), s.getObjectives().get(0), null);
        untraced.addPlan(new ActionPlan("Plant visit", ActionPlan.Kind.RELATIONAL), null, null);
        persist(s);
        ReviewedVersions.approvedThenWorking(em, account, LocalDate.of(2026, 1, 1), "david.kad");
        em.getTransaction().commit();
        approved = number(1);
        working = number(2);
        sound = s.getProgrammes().get(0).getId();
        oneSided = contractsOnly.getId();
        strategy = s.getId();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void theDirectorMarksOnlyEligibleItemsOnceWithAComment() throws Exception {
        BestPracticeService david = as("david.kad", Role.Names.KA_DIRECTOR);
        assertEquals(List.of(approved), inTx(() -> david.candidates(PracticeKind.PLAN_VERSION)).stream()
                .map(Candidate::itemId).toList(), "the approved version only, never the working one");
        assertEquals(List.of("Plan v1 (2026-01-01 → 2026-06-30)"), inTx(() -> david.candidates(
                PracticeKind.PLAN_VERSION)).stream().map(Candidate::title).toList());
        assertEquals(List.of(sound), inTx(() -> david.candidates(PracticeKind.ACTION_PROGRAMME)).stream()
                .map(Candidate::itemId).toList(), "not the one-sided one, nor the one with a plan serving nothing");
        assertEquals(List.of(), inTx(() -> david.candidates(PracticeKind.STRATEGY)), "a one-sided programme");

        assertRefused(LibraryRules.NOT_ELIGIBLE, () -> david.mark(PracticeKind.PLAN_VERSION, working, "Good"));
        assertRefused(LibraryRules.NOT_ELIGIBLE, () -> david.mark(PracticeKind.ACTION_PROGRAMME, oneSided, "Good"));
        assertRefused(LibraryRules.NOT_ELIGIBLE, () -> david.mark(PracticeKind.STRATEGY, strategy, "Good"));
        assertRefused(LibraryRules.COMMENT_REQUIRED, () -> david.mark(PracticeKind.PLAN_VERSION, approved, " "));
        BestPractice marked = inTx(() -> david.mark(PracticeKind.PLAN_VERSION, approved, "Clear indicators"));
        assertEquals("Plan v1 (2026-01-01 → 2026-06-30)", marked.getTitle());
        assertRefused(LibraryRules.ALREADY_MARKED, () -> david.mark(PracticeKind.PLAN_VERSION, approved, "Again"));
        assertEquals(List.of(), inTx(() -> david.candidates(PracticeKind.PLAN_VERSION)), "marked items leave the list");
        assertEquals(1L, em.createQuery("select count(e) from AuditEntry e where e.action = 'practice.mark'",
                Long.class).getSingleResult());
    }

    @Test
    void aStrategyWithoutAnyComplianceIssueIsACandidateOnceTheDatabaseAndTheJavaCheckAgree() throws Exception {
        em.getTransaction().begin();
        Account other = new Account("Sound Strategy Industries", "Energy", "DE");
        other.setKeyAccount(true);
        em.persist(other);
        Strategy complete = LibraryRulesTest.complete(other);
        persist(complete);
        em.getTransaction().commit();
        BestPracticeService david = as("david.kad", Role.Names.KA_DIRECTOR);
        List<Candidate> candidates = inTx(() -> david.candidates(PracticeKind.STRATEGY));
        assertEquals(List.of(complete.getId()), candidates.stream().map(Candidate::itemId).toList(),
                "the complete strategy, not the one with a one-sided programme");
        assertEquals("Sound Strategy Industries", candidates.get(0).accountName());
    }

    @Test
    void anotherKamReadsAMarkedItemAndNothingUnmarked() throws Exception {
        BestPracticeService david = as("david.kad", Role.Names.KA_DIRECTOR);
        BestPracticeService lucas = as("lucas.kam", Role.Names.KAM);
        assertThrows(NotFoundException.class, () -> inTx(() -> lucas.openItem(PracticeKind.PLAN_VERSION, approved)),
                "not marked yet");
        BestPractice plan = inTx(() -> david.mark(PracticeKind.PLAN_VERSION, approved, "Clear indicators"));
        BestPractice programme = inTx(() -> david.mark(PracticeKind.ACTION_PROGRAMME, sound, "Both kinds"));

        // Reading a plan version's snapshot needs the server's JSON-B; ProgrammeIT reads one. Here: a programme.
        PracticeView read = inTx(() -> lucas.open(programme.getId()));
        assertEquals("Library Aerospace", read.marking().accountName());
        assertEquals("Partnership", read.programme().getName());
        assertEquals(List.of("Five-year framework agreement", "Quarterly executive meeting"), read.programme()
                .getPlans().stream().map(p -> p.getTitle()).toList());
        assertEquals("Partnership", inTx(() -> lucas.openItem(PracticeKind.ACTION_PROGRAMME, sound)).programme()
                .getName());
        assertThrows(NotFoundException.class, () -> inTx(() -> lucas.openItem(PracticeKind.PLAN_VERSION, working)));
        assertThrows(NotFoundException.class, () -> inTx(() -> lucas.openItem(PracticeKind.ACTION_PROGRAMME,
                oneSided)));
        assertThrows(NotFoundException.class, () -> inTx(() -> lucas.openItem(PracticeKind.STRATEGY, strategy)));
        assertThrows(AccessDeniedException.class, () -> inTx(() -> as("hana.hr", Role.Names.HR).open(plan.getId())));

        assertEquals(2L, inTx(() -> lucas.count(new LibraryQuery())));
        assertEquals(List.of(programme.getId()), inTx(() -> lucas.page(new LibraryQuery()
                .kind(PracticeKind.ACTION_PROGRAMME))).stream().map(PracticeSummary::id).toList());
        assertEquals(List.of(plan.getId()), inTx(() -> lucas.page(new LibraryQuery().text("INDICATORS"))).stream()
                .map(PracticeSummary::id).toList(), "the comment is searched");
        assertEquals(0L, inTx(() -> lucas.count(new LibraryQuery().segment(Quadrant.STAR))));

        assertThrows(StaleEditException.class, () -> inTx(() -> {
            david.unmark(plan.getId(), plan.getVersion() + 1);
            return null;
        }));
        inTx(() -> {
            david.unmark(plan.getId(), plan.getVersion());
            return null;
        });
        assertThrows(NotFoundException.class, () -> inTx(() -> lucas.open(plan.getId())), "unmarked, unread");
        assertThrows(NotFoundException.class, () -> inTx(() -> lucas.openItem(PracticeKind.PLAN_VERSION, approved)));
    }

    // ---- helpers ----

    private long number(int n) {
        return em.createQuery("select v from PlanVersion v where v.number = :n", PlanVersion.class)
                .setParameter("n", n).getSingleResult().getId();
    }

    private <T> T inTx(Callable<T> work) throws Exception {
        em.getTransaction().begin();
        try {
            T result = work.call();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    private void persist(Strategy s) {
        em.persist(s);
        s.getPotentials().forEach(em::persist);
        s.getOptions().forEach(em::persist);
        s.getObjectives().forEach(em::persist);
        s.getProgrammes().forEach(em::persist);
        s.getPlans().forEach(em::persist);
        s.getContingencies().forEach(em::persist);
        em.flush();
    }

    private void assertRefused(String key, Callable<?> work) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> inTx(work));
        assertEquals(key, refused.messageKey());
    }

    private BestPracticeService as(String user, String role) throws Exception {
        SessionContext context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> user;
                    case "isCallerInRole" -> role.equals(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        AuditTrail audit = new AuditTrail();
        set(audit, "em", em);
        set(audit, "context", context);
        BestPracticeService service = new BestPracticeService();
        service.em = em;
        service.context = context;
        service.audit = audit;
        StrategyTemplates templates = new StrategyTemplates();
        set(templates, "em", em);
        service.templates = templates;
        return service;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
