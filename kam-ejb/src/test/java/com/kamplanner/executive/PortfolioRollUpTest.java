package com.kamplanner.executive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.plan.PlanSeeding;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.TowsOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The executive's roll-ups on real SQL (a migrated H2): revenue targets and latest actuals summed per segment and
 * per KAM from the euro indicators of strategic objectives only; approved, stale and missing plans per segment by
 * the segment's review frequency; KAMs per number of key accounts held.
 */
@Tag(MigratedDatabase.TAG)
class PortfolioRollUpTest {

    private static final LocalDate TODAY = LocalDate.now();

    private EntityManagerFactory factory;
    private EntityManager em;
    private ExecutivePortfolio portfolio;
    private long nextPlanId = 9000;

    @BeforeEach
    void openDatabase() {
        factory = MigratedDatabase.open("executive-rollup");
        em = factory.createEntityManager();
        portfolio = new ExecutivePortfolio();
        portfolio.em = em;
        em.getTransaction().begin();
    }

    @AfterEach
    void close() {
        em.getTransaction().rollback();
        em.close();
        factory.close();
    }

    @Test
    void revenueTargetsAndLatestActualsAddUpPerSegmentAndPerKam() {
        AppUser emma = kam("emma.kam", "Emma Laurent");
        AppUser lucas = kam("lucas.kam", "Lucas Girard");
        Account a1 = keyAccount("A1", Quadrant.STRATEGIC, emma);
        Account a2 = keyAccount("A2", Quadrant.STRATEGIC, lucas);
        Account a3 = keyAccount("A3", Quadrant.STAR, emma);
        Account candidate = account("Not key", null);

        Objective r1 = objective(a1, Objective.Level.STRATEGIC, "EUR", "1000000");
        actual(r1, TODAY.minusMonths(6), "300000");
        actual(r1, TODAY.minusMonths(3), "450000"); // the latest counts, not the sum
        Objective r2 = objective(a2, Objective.Level.STRATEGIC, "eur", "500000");
        actual(r2, TODAY.minusMonths(1), "200000");
        objective(a3, Objective.Level.STRATEGIC, "EUR", "250000"); // no actual yet
        Objective share = objective(a1, Objective.Level.STRATEGIC, "%", "30"); // not revenue
        actual(share, TODAY.minusMonths(1), "25");
        Objective operational = objective(a1, Objective.Level.OPERATIONAL, "EUR", "400000"); // not counted twice
        actual(operational, TODAY.minusMonths(1), "100000");
        Objective notKey = objective(candidate, Objective.Level.STRATEGIC, "EUR", "999999");
        actual(notKey, TODAY.minusMonths(1), "999999");
        em.flush();

        PortfolioGlance glance = portfolio.glance();
        Map<Quadrant, SegmentFigures> segments = bySegment(glance);
        assertEquals(new BigDecimal("1500000.00"), segments.get(Quadrant.STRATEGIC).revenueTarget());
        assertEquals(new BigDecimal("650000.00"), segments.get(Quadrant.STRATEGIC).revenueActual());
        assertEquals(43, segments.get(Quadrant.STRATEGIC).getAttainment());
        assertEquals(new BigDecimal("250000.00"), segments.get(Quadrant.STAR).revenueTarget());
        assertEquals(new BigDecimal("0.00"), segments.get(Quadrant.STAR).revenueActual());
        assertEquals(new BigDecimal("1750000.00"), glance.getRevenueTarget());
        assertEquals(new BigDecimal("650000.00"), glance.getRevenueActual());

        Map<String, KamRevenue> kams = glance.kams().stream()
                .collect(Collectors.toMap(KamRevenue::kamName, Function.identity()));
        assertEquals(2, kams.size());
        assertEquals(2, kams.get("Emma Laurent").revenueObjectives());
        assertEquals(new BigDecimal("1250000.00"), kams.get("Emma Laurent").revenueTarget());
        assertEquals(new BigDecimal("450000.00"), kams.get("Emma Laurent").revenueActual());
        assertEquals(new BigDecimal("500000.00"), kams.get("Lucas Girard").revenueTarget());
        assertEquals(new BigDecimal("200000.00"), kams.get("Lucas Girard").revenueActual());
    }

    @Test
    void revenuePerYearTakesEachObjectivesLastActualOfTheYear() {
        AppUser emma = kam("emma.kam", "Emma Laurent");
        Objective r1 = objective(keyAccount("A1", Quadrant.STRATEGIC, emma), Objective.Level.STRATEGIC, "EUR", "9");
        Objective r2 = objective(keyAccount("A2", Quadrant.STAR, emma), Objective.Level.STRATEGIC, "EUR", "9");
        actual(r1, LocalDate.of(2025, 6, 30), "100");
        actual(r1, LocalDate.of(2025, 12, 31), "180");
        actual(r2, LocalDate.of(2025, 9, 30), "50");
        actual(r1, LocalDate.of(2026, 3, 31), "70");
        em.flush();

        Map<Integer, BigDecimal> byYear = portfolio.revenueByYear();
        assertEquals(new BigDecimal("230.00"), byYear.get(2025));
        assertEquals(new BigDecimal("70.00"), byYear.get(2026));
    }

    @Test
    void salesOfTheLast12MonthsAddUpTheKeyAccountsInEurOnly() {
        AppUser emma = kam("emma.kam", "Emma Laurent");
        sales(keyAccount("Euro 1", Quadrant.STAR, emma), "EUR", "1000000");
        sales(keyAccount("Euro 2", Quadrant.STATUS, emma), "EUR", "250000");
        sales(keyAccount("Pound", Quadrant.STAR, emma), "GBP", "900000");
        sales(account("Candidate", emma), "EUR", "5000000");
        em.flush();
        assertEquals(0, new BigDecimal("1250000").compareTo(portfolio.keyAccountSalesLast12Months()));
    }

    private static void sales(Account account, String currency, String amount) {
        account.setRevenue(BigDecimal.ONE, currency);
        account.setOurSalesLast12Months(new BigDecimal(amount));
    }

    @Test
    void plansAreCountedApprovedStaleOrMissingByTheSegmentsReviewFrequency() {
        AppUser emma = kam("emma.kam", "Emma Laurent");
        // STRATEGIC reviews every 3 months, STAR every 6 (V3 defaults).
        Account fresh = keyAccount("Fresh", Quadrant.STRATEGIC, emma);
        plan(fresh, TODAY.minusMonths(8), TODAY.minusMonths(1));
        Account staleStrategic = keyAccount("Stale", Quadrant.STRATEGIC, emma);
        plan(staleStrategic, TODAY.minusMonths(12), TODAY.minusMonths(4));
        keyAccount("Missing", Quadrant.STRATEGIC, emma);
        Account star = keyAccount("Star ok", Quadrant.STAR, emma);
        plan(star, TODAY.minusMonths(12), TODAY.minusMonths(4)); // 4 months is fresh for a 6-month cadence
        Account neverApproved = keyAccount("Draft", Quadrant.STAR, emma);
        plan(neverApproved, TODAY.minusMonths(7), null); // created 7 months ago, never approved: stale
        Account noSegment = keyAccount("No segment", null, emma);
        plan(noSegment, TODAY.minusMonths(13), null); // a year without review by default
        account("Candidate", null);
        em.flush();

        PortfolioGlance glance = portfolio.glance();
        Map<Quadrant, SegmentFigures> segments = bySegment(glance);
        SegmentFigures strategic = segments.get(Quadrant.STRATEGIC);
        assertEquals(3, strategic.keyAccounts());
        assertEquals(2, strategic.plansApproved());
        assertEquals(1, strategic.plansStale());
        assertEquals(1, strategic.plansMissing());
        SegmentFigures starFigures = segments.get(Quadrant.STAR);
        assertEquals(2, starFigures.keyAccounts());
        assertEquals(1, starFigures.plansApproved());
        assertEquals(1, starFigures.plansStale());
        assertEquals(0, starFigures.plansMissing());
        SegmentFigures none = segments.get(null);
        assertEquals(1, none.keyAccounts());
        assertEquals(1, none.plansStale());
        assertEquals(6, glance.getKeyAccounts());
        assertEquals(3, glance.getPlansStale());
        assertNull(segments.get(Quadrant.STATUS), "no key account in that segment, no line");
    }

    @Test
    void kamsAreCountedPerNumberOfKeyAccountsTheyHold() {
        AppUser emma = kam("emma.kam", "Emma Laurent");
        AppUser lucas = kam("lucas.kam", "Lucas Girard");
        AppUser sofia = kam("sofia.kam", "Sofia Rossi");
        kam("hugo.kam", "Hugo Martin");
        keyAccount("E1", Quadrant.STAR, emma);
        keyAccount("E2", Quadrant.STAR, emma);
        keyAccount("L1", Quadrant.STAR, lucas);
        keyAccount("L2", Quadrant.STAR, lucas);
        keyAccount("S1", Quadrant.STAR, sofia);
        Account candidate = account("S2", null);
        candidate.setKam(sofia); // not a key account: not counted
        em.flush();

        ExecutivePeople people = new ExecutivePeople();
        people.em = em;
        Map<Long, Long> holding = people.kamsHolding();
        assertEquals(Map.of(0L, 1L, 1L, 1L, 2L, 2L), holding);
        PeopleFigures figures = new PeopleFigures(4, holding, Map.of(), Map.of(), 0);
        assertEquals(0L, figures.getMinAccounts());
        assertEquals(2L, figures.getMaxAccounts());
        assertEquals(1.3, figures.getAverageAccounts());
    }

    private static Map<Quadrant, SegmentFigures> bySegment(PortfolioGlance glance) {
        java.util.HashMap<Quadrant, SegmentFigures> map = new java.util.HashMap<>();
        glance.segments().forEach(s -> map.put(s.segment(), s));
        return map;
    }

    private AppUser kam(String username, String name) {
        AppUser user = new AppUser(username, name, EnumSet.of(Role.KAM));
        user.setPasswordHash("x");
        em.persist(user);
        return user;
    }

    private Account keyAccount(String name, Quadrant segment, AppUser kam) {
        Account account = account(name, kam);
        account.setKeyAccount(true);
        if (segment != null) {
            account.setSegment(segment, false, null);
        }
        return account;
    }

    private Account account(String name, AppUser kam) {
        Account account = new Account(name, "Aerospace", "FR");
        account.setKam(kam);
        em.persist(account);
        return account;
    }

    private Objective objective(Account account, Objective.Level level, String unit, String target) {
        Strategy strategy = em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                .setParameter("account", account.getId()).getResultStream().findFirst().orElse(null);
        if (strategy == null) {
            em.flush();
            strategy = new Strategy(account);
            SituationPotential strength = strategy.addPotential(new SituationPotential(
                    SituationPotential.Kind.STRENGTH, "Qualified supplier"));
            SituationPotential opportunity = strategy.addPotential(new SituationPotential(
                    SituationPotential.Kind.OPPORTUNITY, "New programme"));
            strategy.addOption(new TowsOption(TowsOption.Type.SO, "Grow with the programme"), strength,
                    opportunity);
            em.persist(strategy);
            strategy.getPotentials().forEach(em::persist);
            strategy.getOptions().forEach(em::persist);
        }
        Objective parent = level == Objective.Level.STRATEGIC ? null : strategy.getObjectives().stream()
                .filter(o -> o.getLevel() == Objective.Level.STRATEGIC).findFirst().orElseThrow();
        Objective objective = strategy.addObjective(new Objective(level, "Revenue " + unit), parent,
                level == Objective.Level.STRATEGIC ? strategy.getOptions().toArray(TowsOption[]::new)
                        : new TowsOption[0]);
        objective.setIndicator(new Indicator("Revenue", unit, BigDecimal.ZERO, new BigDecimal(target),
                TODAY.plusYears(2)));
        em.persist(objective);
        em.flush();
        return objective;
    }

    private void actual(Objective objective, LocalDate periodEnd, String value) {
        PlanSeeding.actual(em, objective, periodEnd, value, "emma.kam");
    }

    /** A plan created at {@code created}, with version 1 approved at {@code approved} when not null. */
    private void plan(Account account, LocalDate created, LocalDate approved) {
        em.flush();
        long planId = nextPlanId++;
        em.createNativeQuery("insert into key_account_plan (id, account_id, created_at, version) values (?, ?, ?, 0)")
                .setParameter(1, planId).setParameter(2, account.getId())
                .setParameter(3, Timestamp.valueOf(created.atTime(10, 0))).executeUpdate();
        em.createNativeQuery("insert into plan_version (id, plan_id, version_number, period_start, period_end, "
                        + "status, created_at, created_by, approved_at, approved_by, version) "
                        + "values (?, ?, 1, ?, ?, ?, ?, 'emma.kam', cast(? as timestamp), ?, 0)")
                .setParameter(1, planId).setParameter(2, planId).setParameter(3, created)
                .setParameter(4, created.plusYears(1)).setParameter(5, approved == null ? "WORKING" : "APPROVED")
                .setParameter(6, Timestamp.valueOf(created.atTime(10, 0)))
                .setParameter(7, approved == null ? null : Timestamp.valueOf(approved.atTime(10, 0)))
                .setParameter(8, approved == null ? null : "david.kad").executeUpdate();
    }
}
