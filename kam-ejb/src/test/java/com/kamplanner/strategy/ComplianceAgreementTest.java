package com.kamplanner.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one rule set in two languages: on a migrated database, for strategies that each miss something different and
 * for several sets of templates, the SQL condition ({@link ComplianceRules#noIssueSql()}) holds for exactly the
 * strategies the Java check ({@link ComplianceRules#check}) finds without issue. Also: the first template the
 * migration creates asks what the method asked before templates.
 */
@Tag(MigratedDatabase.TAG)
class ComplianceAgreementTest {

    private EntityManagerFactory factory;
    private EntityManager em;
    private final Map<String, Long> strategies = new LinkedHashMap<>();

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("agreement");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        strategy("complete", Quadrant.STRATEGIC, s -> { });
        strategy("rich", Quadrant.STRATEGIC, ComplianceAgreementTest::enrich);
        strategy("rich star", Quadrant.STAR, ComplianceAgreementTest::enrich);
        strategy("beyond horizon", Quadrant.STAR, s -> s.getObjectives().get(0).getIndicator().toString());
        strategy("no contingency", null, s -> { });
        strategy("leap day in", null, s -> { });
        strategy("leap day out", null, s -> { });
        strategy("one-sided", Quadrant.STATUS, s -> { });
        strategy("blank mission", Quadrant.STREAMLINE, s -> s.setMission("  "));
        // A contingency's prepared plan sleeps: of one kind and serving no objective, it is not checked until it wakes.
        strategy("dormant prepared", Quadrant.STRATEGIC, s -> {
            ActionPlan prepared = new ActionPlan("Bridge order", ActionPlan.Kind.CONTRACTUAL);
            prepared.setDormant(true);
            prepared.setDueOffsetDays(45);
            s.addProgramme(new ActionProgramme("If the share falls")).addPlan(prepared, null, null);
        });
        em.getTransaction().commit();
        em.getTransaction().begin();
        // Shapes that the in-memory builder cannot give once persisted are written as rows.
        sql("update objective set start_date = date '2026-01-01', indicator_target_date = date '2029-06-30' "
                + "where strategy_id = " + strategies.get("beyond horizon"));
        sql("delete from contingency where strategy_id = " + strategies.get("no contingency"));
        sql("update action_plan set objective_id = null where kind = 'RELATIONAL' and programme_id in "
                + "(select id from action_programme where strategy_id = " + strategies.get("no contingency") + ")");
        sql("update objective set start_date = date '2024-02-29', indicator_target_date = date '2027-02-28' "
                + "where strategy_id = " + strategies.get("leap day in"));
        sql("update objective set start_date = date '2024-02-29', indicator_target_date = date '2027-03-01' "
                + "where strategy_id = " + strategies.get("leap day out"));
        sql("delete from action_plan where kind = 'RELATIONAL' and programme_id in "
                + "(select id from action_programme where strategy_id = " + strategies.get("one-sided") + ")");
        sql("insert into objective (id, strategy_id, objective_level, title, position) values (9001, "
                + strategies.get("one-sided") + ", 'STRATEGIC', 'Untraced, unmeasured', 5)");
        em.getTransaction().commit();
        em.clear();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void sqlAndJavaAgreeOnEveryStrategyForEveryTemplateSet() {
        List<ComplianceRules> sets = List.of(
                ComplianceRules.of(List.of()),
                ComplianceRules.of(List.of(TemplateFixtures.template(null, e -> e.setHorizonChecked(true)))),
                ComplianceRules.of(List.of(TemplateFixtures.strict(null))),
                ComplianceRules.of(List.of(StrategyTemplate.method(), TemplateFixtures.strict(Quadrant.STRATEGIC))),
                ComplianceRules.of(List.of(TemplateFixtures.template(null, e -> {
                    e.getSteps().forEach(step -> step.setRequired(false));
                    e.setIndicatorsRequired(false);
                    e.setStrategicTraced(false);
                    e.setProgrammesBothKinds(false);
                    e.setPlansServeObjective(false);
                    e.setHorizonYears(10);
                }), TemplateFixtures.template(Quadrant.STAR, e -> {
                    e.setHorizonChecked(true);
                    e.setHorizonYears(1);
                }),
                        TemplateFixtures.strict(Quadrant.STREAMLINE))));
        Set<String> seen = new java.util.HashSet<>();
        for (ComplianceRules rules : sets) {
            Set<String> bySql = compliantBySql(rules);
            Set<String> byJava = compliantByJava(rules);
            assertEquals(byJava, bySql, "the SQL twin finds the same compliant strategies");
            seen.add(byJava.toString());
        }
        assertEquals(sets.size(), seen.size(), "each set of templates draws the line elsewhere");
    }

    @Test
    void theMethodTemplateDrawsTheLineWhereTheFiveChecksDidAndAHorizonOfThreeYearsOnceChecked() {
        assertEquals(Set.of("complete", "rich", "rich star", "beyond horizon", "leap day in", "leap day out",
                "dormant prepared"), compliantByJava(ComplianceRules.of(List.of())),
                "the first template shows the horizon only, and a sleeping plan is not checked");
        assertEquals(Set.of("complete", "rich", "rich star", "leap day in", "dormant prepared"), compliantByJava(ComplianceRules.of(
                List.of(TemplateFixtures.template(null, e -> e.setHorizonChecked(true))))));
    }

    @Test
    void theMigrationsFirstTemplateIsTheMethodInForceForAllSegments() {
        List<StrategyTemplate> active = em.createQuery("select t from StrategyTemplate t "
                + "where t.lifecycle.status = :active", StrategyTemplate.class)
                .setParameter("active", LifecycleStatus.ACTIVE).getResultList();
        assertEquals(1, active.size());
        StrategyTemplate first = active.get(0);
        StrategyTemplate method = StrategyTemplate.method();
        assertEquals(null, first.getSegment());
        assertEquals(ComplianceSql.noIssue(method), ComplianceSql.noIssue(first), "the same rules, the same SQL");
        assertEquals(method.getTools(), first.getTools());
        assertEquals(3, first.getHorizonYears());
        assertTrue(first.getSteps().stream().allMatch(StepRule::isRequired));
        assertEquals(StrategyStep.values().length, first.getSteps().size());
    }

    private Set<String> compliantBySql(ComplianceRules rules) {
        List<?> ids = em.createNativeQuery("select s.id from strategy s join account a on a.id = s.account_id where "
                + rules.noIssueSql()).getResultList();
        Set<Long> found = ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
        return strategies.entrySet().stream().filter(e -> found.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Set<String> compliantByJava(ComplianceRules rules) {
        em.clear();
        factory.getCache().evictAll();
        Set<String> compliant = new java.util.HashSet<>();
        for (Map.Entry<String, Long> entry : strategies.entrySet()) {
            Strategy strategy = StrategyRecords.loaded(em.find(Strategy.class, entry.getValue()));
            if (rules.check(strategy).isEmpty()) {
                compliant.add(entry.getKey());
            }
        }
        return compliant;
    }

    /** Two potentials of each kind and an option for each TOWS cell. */
    private static void enrich(Strategy strategy) {
        List<SituationPotential> added = new ArrayList<>();
        for (SituationPotential.Kind kind : SituationPotential.Kind.values()) {
            added.add(strategy.addPotential(new SituationPotential(kind, "More " + kind)));
        }
        for (TowsOption.Type type : List.of(TowsOption.Type.ST, TowsOption.Type.WO, TowsOption.Type.WT)) {
            strategy.addOption(new TowsOption(type, "Option " + type),
                    added.get(type.internal().ordinal()), added.get(type.external().ordinal()));
        }
    }

    /** A strategy with every step written under an account named after it, then changed by {@code change}. */
    private void strategy(String name, Quadrant segment, Consumer<Strategy> change) {
        Account account = new Account(name, "Aerospace", "FR");
        account.setKeyAccount(true);
        account.setSegment(segment, false, null);
        em.persist(account);
        Strategy strategy = new Strategy(account);
        SituationPotential strength = strategy.addPotential(
                new SituationPotential(SituationPotential.Kind.STRENGTH, "Rotor know-how"));
        SituationPotential opportunity = strategy.addPotential(
                new SituationPotential(SituationPotential.Kind.OPPORTUNITY, "H160 ramp-up"));
        TowsOption option = strategy.addOption(new TowsOption(TowsOption.Type.SO, "Co-develop the blades"),
                strength, opportunity);
        strategy.setOrientation(new StrategicOrientation(StrategicOrientation.Direction.INVEST_FOR_GROWTH,
                "Grow with the H160", null));
        Objective strategic = new Objective(Objective.Level.STRATEGIC, "Become the preferred rotor partner");
        strategic.setStartDate(LocalDate.of(2026, 1, 1));
        strategic.setIndicator(new Indicator("Share of wallet", "%", new BigDecimal("18"), new BigDecimal("30"),
                LocalDate.of(2028, 12, 31)));
        strategy.addObjective(strategic, null, option);
        ActionProgramme programme = strategy.addProgramme(new ActionProgramme("Partnership"));
        programme.addPlan(new ActionPlan("Framework agreement", ActionPlan.Kind.CONTRACTUAL), strategic, null);
        programme.addPlan(new ActionPlan("Executive meeting", ActionPlan.Kind.RELATIONAL), strategic, null);
        strategy.setVision("The rotor partner they cannot do without.");
        strategy.setMission("Deliver certified parts on time.");
        strategy.addContingency(new Contingency("A competitor undercuts", "Offer a bundle"));
        change.accept(strategy);
        em.persist(strategy);
        strategy.getPotentials().forEach(em::persist);
        strategy.getOptions().forEach(em::persist);
        strategy.getObjectives().forEach(em::persist);
        strategy.getProgrammes().forEach(p -> {
            em.persist(p);
            p.getPlans().forEach(em::persist);
        });
        strategy.getContingencies().forEach(em::persist);
        em.flush();
        strategies.put(name, strategy.getId());
    }

    private void sql(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
