package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.user;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.ObjectiveService;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.StrategicOrientation;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.strategy.TowsService;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Test-only: a key account of Emma's (STAR segment, Claire as sponsor, Tom on the team) whose strategy is complete
 * enough for a plan to be submitted: potentials, a TOWS option, an orientation, a strategic objective with its
 * indicator, a programme with Tom's "Pilot contract" and Emma's "Plant visits", vision, mission, a contingency.
 * Shared by the in-container tests that take a plan through its review.
 */
final class SubmittablePlans {

    private final EntityManager em;
    private final UserTransaction tx;
    private final AsKam asKam;
    private final TowsService tows;
    private final StrategyService strategies;
    private final ObjectiveService objectives;
    private final ActionProgrammeService programmes;

    SubmittablePlans(EntityManager em, UserTransaction tx, AsKam asKam, TowsService tows, StrategyService strategies,
                     ObjectiveService objectives, ActionProgrammeService programmes) {
        this.em = em;
        this.tx = tx;
        this.asKam = asKam;
        this.tows = tows;
        this.strategies = strategies;
        this.objectives = objectives;
        this.programmes = programmes;
    }

    /** The account's id; its objectives and action plans start on {@code start}. */
    long account(String name, LocalDate start) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, "emma.kam"));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STAR, false, null);
        account.setSponsor(user(em, "claire.exec"));
        account.setCurrentStage(RelationshipStage.COOPERATIVE);
        account.setTargetStage(RelationshipStage.INTERDEPENDENT);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        long id = account.getId();
        SituationPotential strength = asKam.call(() -> tows.savePotential(id, new SituationPotential(
                SituationPotential.Kind.STRENGTH, "Qualified on the H145"), List.of(), Locale.ENGLISH));
        SituationPotential opportunity = asKam.call(() -> tows.savePotential(id, new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "Second source wanted"), List.of(), Locale.ENGLISH));
        TowsOption so = new TowsOption(TowsOption.Type.SO, "Offer the second source");
        so.setAttractiveness(5);
        so.setFeasibility(4);
        TowsOption option = asKam.call(() -> tows.saveOption(id, so, List.of(strength.getId(),
                opportunity.getId())));
        asKam.call(() -> strategies.chooseOrientation(id, asKam.call(() -> strategies.workspace(id)).getVersion(),
                new StrategicOrientation(StrategicOrientation.Direction.INVEST_SELECTIVELY, "Grow selectively",
                        null)));
        Objective strategic = new Objective(Objective.Level.STRATEGIC, "Become the preferred second source");
        strategic.setStartDate(start);
        strategic.setIndicator(new Indicator("Share of wallet", "%", new BigDecimal("10"), new BigDecimal("30"),
                start.plusYears(2)));
        Objective saved = asKam.call(() -> objectives.saveObjective(id, strategic, null, List.of(option.getId())));
        ActionProgramme programme = asKam.call(() -> programmes.saveProgramme(id, new ActionProgramme("Second source")));
        long tom = user(em, "tom.team").getId();
        long emma = user(em, "emma.kam").getId();
        asKam.call(() -> programmes.savePlan(id, actionPlan("Pilot contract", ActionPlan.Kind.CONTRACTUAL, start),
                programme.getId(), saved.getId(), tom));
        asKam.call(() -> programmes.savePlan(id, actionPlan("Plant visits", ActionPlan.Kind.RELATIONAL, start),
                programme.getId(), saved.getId(), emma));
        asKam.call(() -> strategies.saveVisionAndMission(id, asKam.call(() -> strategies.workspace(id)).getVersion(),
                "Their trusted second source", "Deliver on time"));
        asKam.call(() -> programmes.saveContingency(id, new Contingency("A low-cost rival is qualified",
                "Offer a service-level agreement"), List.of()));
        return id;
    }

    private static ActionPlan actionPlan(String title, ActionPlan.Kind kind, LocalDate start) {
        ActionPlan plan = new ActionPlan(title, kind);
        plan.setStartDate(start);
        plan.setDueDate(LocalDate.now().plusMonths(6));
        return plan;
    }
}
