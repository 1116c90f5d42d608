package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.QuadrantLookup;
import com.kamplanner.situation.CitableField;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.MatrixTool;
import com.kamplanner.strategy.StrategyStep;
import com.kamplanner.strategy.StrategyTemplate;
import com.kamplanner.strategy.StrategyTemplateEdit;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.SituationPotential.Kind;
import com.kamplanner.strategy.StrategicOrientation;
import com.kamplanner.strategy.StrategicOrientation.Direction;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.template.DefaultDatabaseTemplate;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Emma Laurent's strategies in the demo company: a complete one for Airbus Helicopters (a Strategic account,
 * every step written) and a first draft for Safran Electronics (a Star account) that the compliance checks flag.
 * Seeded only for an account that has no strategy yet, so a restart never duplicates or overwrites anything.
 */
final class DemoStrategy {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private DemoStrategy() {
    }

    /** Seeds the demo strategies that are missing; returns how many were created. */
    static int seed(EntityManager em, Map<String, AppUser> users, QuadrantLookup quadrants) {
        int created = 0;
        Account airbus = missing(em, "Airbus Helicopters");
        if (airbus != null) {
            persist(em, justified(airbus(em, airbus, users), quadrants));
            created++;
        }
        created += strictDraft(em);
        Account safran = missing(em, "Safran Electronics");
        if (safran != null) {
            persist(em, justified(safran(safran), quadrants));
            created++;
        }
        return created;
    }

    /**
     * The stricter strategy template David Moreau prepares for Strategic accounts, still a draft: two potentials in
     * each SWOT quadrant, a TOWS option for every pair used, the purchasing portfolio among the matrix tools, and
     * his guidance at each step. Activated, it makes Airbus Helicopters' strategy miss a WT option.
     */
    private static int strictDraft(EntityManager em) {
        if (em.createQuery("select count(t) from StrategyTemplate t where t.segment = :segment", Long.class)
                .setParameter("segment", Quadrant.STRATEGIC).getSingleResult() > 0) {
            return 0;
        }
        StrategyTemplateEdit edit = StrategyTemplateEdit.of(StrategyTemplate.method());
        edit.setName("Strategic accounts: deeper analysis");
        edit.setSegment(Quadrant.STRATEGIC);
        edit.setMinPotentialsPerKind(2);
        edit.setTowsPerPairUsed(true);
        edit.setHorizonChecked(true);
        edit.setTools(java.util.Set.of(MatrixTool.SELECTION_MATRIX, MatrixTool.KRALJIC));
        guide(edit, StrategyStep.POTENTIALS, "At least two potentials in each quadrant. Cite the Database: the "
                + "purchasing portfolio tells you where we are strategic for the customer and where we are a "
                + "bottleneck.", "Au moins deux potentiels par quadrant. Citez la base de données : le portefeuille "
                + "d’achats dit où nous sommes stratégiques pour le client et où nous sommes un goulot.");
        guide(edit, StrategyStep.ORIENTATION, "Write an option for every TOWS cell whose two quadrants have "
                + "potentials, including WT: what we do if our weaknesses meet the threats.", "Rédigez une option "
                + "pour chaque case TOWS dont les deux quadrants ont des potentiels, WT compris : ce que nous faisons "
                + "si nos faiblesses rencontrent les menaces.");
        guide(edit, StrategyStep.OBJECTIVES, "Strategic objectives within three years, each with its indicator.",
                "Des objectifs stratégiques à trois ans au plus, chacun avec son indicateur.");
        guide(edit, StrategyStep.CONTINGENCIES, "Strategic accounts need prepared moves: at least one contingency "
                + "per major threat.", "Les comptes stratégiques demandent des parades préparées : au moins une "
                + "contingence par menace majeure.");
        int number = em.createQuery("select coalesce(max(t.lifecycle.number), 0) from StrategyTemplate t",
                Integer.class).getSingleResult() + 1;
        em.persist(StrategyTemplate.draft(number, edit));
        return 0;
    }

    private static void guide(StrategyTemplateEdit edit, StrategyStep step, String en, String fr) {
        StrategyTemplateEdit.StepEdit rule = edit.getSteps().get(step.ordinal());
        rule.setGuidanceEn(en);
        rule.setGuidanceFr(fr);
    }

    /** Where the scores place the account against its orientation, the justification the rule asks for. */
    private static Strategy justified(Strategy s, QuadrantLookup quadrants) {
        StrategicOrientation orientation = s.getOrientation();
        Quadrant quadrant = quadrants.quadrantOf(s.getAccount().getId()).orElse(s.getAccount().getSegment());
        if (orientation.getDirection().contradicts(quadrant)) {
            orientation.setJustification("The KA Director chose this account as a key account for this orientation; "
                    + "the scores lag behind the programme decisions of this year.");
        }
        return s;
    }

    /** The field's stored value now, which the demo citation takes as its baseline (no drift at seeding). */
    private static String citedValue(EntityManager em, Account account, String sectionKey, String fieldKey) {
        return com.kamplanner.strategy.CitedEvidence.load(em, account.getId()).value(sectionKey, fieldKey);
    }

    private static Strategy airbus(EntityManager em, Account account, Map<String, AppUser> users) {
        Strategy s = new Strategy(account);
        SituationPotential rotor = s.addPotential(new SituationPotential(Kind.STRENGTH,
                "Certified composite rotor-blade know-how, unique in Europe"));
        SituationPotential delivery = s.addPotential(new SituationPotential(Kind.STRENGTH,
                "98 % on-time delivery on the H145 programme for three years"));
        s.addPotential(new SituationPotential(Kind.STRENGTH, "Trusted by the Marignane engineering team"));
        SituationPotential capacity = s.addPotential(new SituationPotential(Kind.WEAKNESS,
                "Our Toulouse plant runs at 92 % capacity"));
        s.addPotential(new SituationPotential(Kind.WEAKNESS, "No relationship yet with the new procurement director"));
        SituationPotential h160 = s.addPotential(new SituationPotential(Kind.OPPORTUNITY,
                "H160 production ramp-up from 2027 needs a second blade source"));
        h160.getCitations().add(Citation.ofField(DefaultDatabaseTemplate.CUSTOMER,
                DefaultDatabaseTemplate.STRATEGIC_PRIORITIES, "1. The customer and its strategy › Strategic priorities",
                CitableField.url(account.getId(), DefaultDatabaseTemplate.CUSTOMER),
                citedValue(em, account, DefaultDatabaseTemplate.CUSTOMER, DefaultDatabaseTemplate.STRATEGIC_PRIORITIES),
                java.time.Instant.now()));
        SituationPotential sustainability = s.addPotential(new SituationPotential(Kind.OPPORTUNITY,
                "Airbus targets 30 % lower CO2 per flight hour: lighter parts count"));
        s.addPotential(new SituationPotential(Kind.OPPORTUNITY, "Military NH90 upgrade programme opens in 2027"));
        SituationPotential lowCost = s.addPotential(new SituationPotential(Kind.THREAT,
                "A low-cost Asian supplier is being qualified for secondary parts"));
        s.addPotential(new SituationPotential(Kind.THREAT, "Dual-sourcing policy caps any supplier at 60 % share"));

        TowsOption codevelop = s.addOption(rated(new TowsOption(TowsOption.Type.SO,
                "Co-develop the H160 blades as the qualified second source"), 5, 4), rotor, h160);
        TowsOption lighter = s.addOption(rated(new TowsOption(TowsOption.Type.SO,
                "Offer lighter composite parts for the CO2 roadmap"), 4, 3), rotor, sustainability);
        TowsOption defend = s.addOption(rated(new TowsOption(TowsOption.Type.ST,
                "Lock in delivery performance with a service-level agreement"), 4, 5), delivery, lowCost);
        s.addOption(rated(new TowsOption(TowsOption.Type.WO,
                "Add a shift in Toulouse funded by the H160 volumes"), 3, 3), capacity, h160);
        s.setOrientation(new StrategicOrientation(Direction.INVEST_FOR_GROWTH,
                "Become Airbus Helicopters' development partner for rotor systems", null));

        Objective partner = s.addObjective(measured(new Objective(Objective.Level.STRATEGIC,
                "Become the qualified second source for H160 blades"), "Share of H160 blade volume", "%", "0", "35",
                LocalDate.of(2028, 12, 31)), null, codevelop);
        Objective wallet = s.addObjective(measured(new Objective(Objective.Level.STRATEGIC,
                "Grow our share of wallet in rotor systems"), "Share of wallet", "%", "19", "30",
                LocalDate.of(2028, 12, 31)), null, codevelop, defend);
        wallet.setCustomerPriority("Cut direct operating costs of the fleet by 15 %");
        Objective qualify = s.addObjective(measured(new Objective(Objective.Level.OPERATIONAL,
                "Pass first-article inspection of the H160 blade"), "Inspection passed", "milestone", "0", "1",
                LocalDate.of(2027, 6, 30)), partner);
        Objective sla = s.addObjective(measured(new Objective(Objective.Level.OPERATIONAL,
                "Sign a delivery service-level agreement"), "On-time delivery", "%", "98", "99",
                LocalDate.of(2026, 12, 31)), wallet);
        s.addObjective(measured(new Objective(Objective.Level.SUPPORTING,
                "Staff a dedicated H160 engineering cell"), "Engineers assigned", "people", "0", "4",
                LocalDate.of(2026, 9, 30)), qualify);
        s.addObjective(measured(new Objective(Objective.Level.OPERATIONAL,
                "Present the lightweight parts roadmap to the CO2 programme"), "Parts proposed", "parts", "0", "5",
                LocalDate.of(2027, 3, 31)), wallet);

        AppUser emma = users.get("emma.kam");
        AppUser tom = users.get("tom.team");
        ActionProgramme h160Programme = s.addProgramme(new ActionProgramme("H160 second source"));
        h160Programme.setDescription("Everything it takes to qualify and supply the H160 blades.");
        ActionPlan framework = h160Programme.addPlan(plan("Negotiate the H160 development framework agreement",
                ActionPlan.Kind.CONTRACTUAL, START.plusMonths(1), START.plusMonths(7), "Legal and pricing",
                "40000", ActionPlan.Status.IN_PROGRESS), partner, emma);
        h160Programme.addPlan(plan("Joint engineering workshops in Marignane every quarter",
                ActionPlan.Kind.RELATIONAL, START, START.plusMonths(12), "Two engineers, travel", "25000",
                ActionPlan.Status.IN_PROGRESS), qualify, tom);
        ActionProgramme partnership = s.addProgramme(new ActionProgramme("Executive partnership"));
        partnership.setDescription("Make the relationship strategic at every level.");
        partnership.addPlan(plan("Executive sponsor meeting with the Airbus Helicopters COO twice a year",
                ActionPlan.Kind.RELATIONAL, START.plusMonths(2), START.plusMonths(14), "Executive sponsor time",
                null, ActionPlan.Status.PLANNED), wallet, emma);
        ActionPlan slaPlan = partnership.addPlan(plan("Propose a delivery service-level agreement with penalties",
                ActionPlan.Kind.CONTRACTUAL, START.plusMonths(3), START.plusMonths(9), "Quality and legal", null,
                ActionPlan.Status.PLANNED), sla, emma);

        s.setVision("The rotor-systems partner Airbus Helicopters designs its next helicopters with.");
        s.setMission("Deliver certified rotor parts on time, every time, and bring Airbus our best engineers "
                + "early in every new programme.");
        s.addContingency(new Contingency("The low-cost supplier is qualified for primary parts",
                "Offer the service-level agreement with a three-year price path, backed by our delivery record"),
                slaPlan);
        s.addContingency(new Contingency("The H160 ramp-up slips by a year",
                "Keep the engineering cell busy on the NH90 upgrade and stretch the framework agreement"), framework);
        return s;
    }

    /** A first draft, as a KAM leaves it after a workshop: the compliance checks have things to say. */
    private static Strategy safran(Account account) {
        Strategy s = new Strategy(account);
        SituationPotential sensors = s.addPotential(new SituationPotential(Kind.STRENGTH,
                "Our sensor housings pass their environmental tests first time"));
        s.addPotential(new SituationPotential(Kind.WEAKNESS, "We are unknown to Safran's avionics division"));
        SituationPotential avionics = s.addPotential(new SituationPotential(Kind.OPPORTUNITY,
                "New avionics suite for business jets in 2027"));
        TowsOption enter = s.addOption(rated(new TowsOption(TowsOption.Type.SO,
                "Enter the avionics suite with our tested housings"), 4, 3), sensors, avionics);
        s.setOrientation(new StrategicOrientation(Direction.INVEST_SELECTIVELY,
                "Invest where our housings already win", null));
        s.addObjective(new Objective(Objective.Level.STRATEGIC, "Win a first avionics contract"), null, enter);
        return s;
    }

    private static Account missing(EntityManager em, String name) {
        Account account = em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (account == null) {
            return null;
        }
        boolean exists = !em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                .setParameter("account", account.getId()).getResultList().isEmpty();
        return exists ? null : account;
    }

    private static void persist(EntityManager em, Strategy s) {
        em.persist(s);
        s.getPotentials().forEach(em::persist);
        s.getOptions().forEach(em::persist);
        s.getObjectives().forEach(em::persist);
        s.getProgrammes().forEach(p -> {
            em.persist(p);
            p.getPlans().forEach(em::persist);
        });
        s.getContingencies().forEach(em::persist);
    }

    private static TowsOption rated(TowsOption option, int attractiveness, int feasibility) {
        option.setAttractiveness(attractiveness);
        option.setFeasibility(feasibility);
        return option;
    }

    private static Objective measured(Objective objective, String indicator, String unit, String baseline,
                                      String target, LocalDate by) {
        objective.setStartDate(START);
        objective.setIndicator(new Indicator(indicator, unit, new BigDecimal(baseline), new BigDecimal(target), by));
        return objective;
    }

    private static ActionPlan plan(String title, ActionPlan.Kind kind, LocalDate start, LocalDate due,
                                   String resources, String budget, ActionPlan.Status status) {
        ActionPlan plan = new ActionPlan(title, kind);
        plan.setStartDate(start);
        plan.setDueDate(due);
        plan.setResources(resources);
        plan.setBudget(budget == null ? null : new BigDecimal(budget));
        plan.setStatus(status);
        return plan;
    }
}
