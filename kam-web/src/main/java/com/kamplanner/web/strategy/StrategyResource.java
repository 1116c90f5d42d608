package com.kamplanner.web.strategy;

import com.kamplanner.platform.Download;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.ComplianceIssue;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.WatchedCondition;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.MatrixStanding;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyExports;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/accounts/{id}/strategy}: the account's whole strategy as JSON, with its matrix standing and its
 * compliance issues, under the same rights as the workspace (403 for another KAM's account or for HR), and
 * {@code GET /api/accounts/{id}/strategy/deck} for the PowerPoint export.
 */
@Path("accounts/{id}/strategy")
public class StrategyResource {

    /** The strategy as the API shows it; ids let a client follow the links between steps. */
    public record StrategyView(long accountId, String account, Long id, long version, Standing standing,
                               List<PotentialView> potentials, List<OptionView> options, Orientation orientation,
                               List<ObjectiveView> objectives, List<ProgrammeView> programmes, String vision,
                               String mission, List<ContingencyView> contingencies, List<Issue> compliance) {
    }

    public record Standing(String quadrant, String posture, boolean fromScores) {
    }

    public record CitationView(String source, String key, String label, String link) {
    }

    public record PotentialView(long id, String kind, String statement, List<CitationView> citations) {
    }

    public record OptionView(long id, String type, String statement, Integer attractiveness, Integer feasibility,
                             List<Long> potentialIds) {
    }

    public record Orientation(String direction, String statement, String justification) {
    }

    public record IndicatorView(String name, String unit, BigDecimal baseline, BigDecimal target,
                                LocalDate targetDate) {
    }

    public record ObjectiveView(long id, String level, String title, Long parentId, String customerPriority,
                                LocalDate startDate, IndicatorView indicator, List<Long> optionIds) {
    }

    /**
     * An action plan; a dormant one (a contingency's prepared plan) has no dates yet, only its offsets in days from
     * the day its contingency fires.
     */
    public record PlanView(long id, String title, String kind, Long objectiveId, String owner, LocalDate startDate,
                           LocalDate dueDate, String resources, BigDecimal budget, String status, boolean dormant,
                           Integer startOffsetDays, Integer dueOffsetDays) {
    }

    public record ProgrammeView(long id, String name, String description, long contractual, long relational,
                                List<PlanView> plans) {
    }

    /** A contingency, with the condition it watches (null for a trigger in text only) and where its watch stands. */
    public record ContingencyView(long id, String trigger, String response, List<Long> planIds,
                                  ConditionView condition, WatchView watch) {
    }

    /** The condition's kind, operator and target as codes; the target's label as it was saved. */
    public record ConditionView(String kind, String target, Long targetId, String targetName, String operator,
                                BigDecimal threshold, LocalDate date) {
    }

    /** {@code ARMED}, {@code FIRED} or {@code ACKNOWLEDGED}; when it fired and on what value. */
    public record WatchView(String state, Instant firedAt, BigDecimal firedValue, Instant acknowledgedAt,
                            String acknowledgedBy) {
    }

    public record Issue(String check, String step, String subject) {
    }

    @Inject
    StrategyService strategies;

    @Inject
    StrategyExports exports;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StrategyView get(@PathParam("id") long accountId) {
        Strategy s = strategies.workspace(accountId);
        MatrixStanding standing = strategies.standing(accountId);
        return new StrategyView(accountId, s.getAccount().getName(), s.getId(), s.getVersion(),
                new Standing(name(standing.getQuadrant()), name(standing.getPosture()), standing.isFromScores()),
                s.getPotentials().stream().map(StrategyResource::potential).toList(),
                s.getOptions().stream().map(StrategyResource::option).toList(),
                new Orientation(name(s.getOrientation().getDirection()), s.getOrientation().getStatement(),
                        s.getOrientation().getJustification()),
                s.getObjectives().stream().map(StrategyResource::objective).toList(),
                s.getProgrammes().stream().map(StrategyResource::programme).toList(), s.getVision(), s.getMission(),
                s.getContingencies().stream().map(StrategyResource::contingency).toList(),
                strategies.compliance(accountId).stream().map(StrategyResource::issue).toList());
    }

    /** The PowerPoint deck, in the caller's language (Accept-Language). */
    @GET
    @Path("deck")
    @Produces(Download.PPTX)
    public Response deck(@PathParam("id") long accountId) {
        Locale locale = Bundle.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
        return DownloadResponse.response(exports.deck(accountId, locale, key -> Bundle.text(locale, key)));
    }

    private static PotentialView potential(SituationPotential p) {
        return new PotentialView(p.getId(), p.getKind().name(), p.getStatement(),
                p.getCitations().stream().map(StrategyResource::citation).toList());
    }

    private static CitationView citation(Citation c) {
        return new CitationView(c.getSource().name(), c.getKey(), c.getLabel(), c.getLink());
    }

    private static OptionView option(TowsOption o) {
        return new OptionView(o.getId(), o.getType().name(), o.getStatement(), o.getAttractiveness(),
                o.getFeasibility(), o.getPotentials().stream().map(SituationPotential::getId).toList());
    }

    private static ObjectiveView objective(Objective o) {
        Indicator i = o.getIndicator();
        return new ObjectiveView(o.getId(), o.getLevel().name(), o.getTitle(),
                o.getParent() == null ? null : o.getParent().getId(), o.getCustomerPriority(), o.getStartDate(),
                i.isEmpty() ? null : new IndicatorView(i.getName(), i.getUnit(), i.getBaseline(), i.getTarget(),
                        i.getTargetDate()), o.getOptions().stream().map(TowsOption::getId).toList());
    }

    private static ProgrammeView programme(ActionProgramme p) {
        return new ProgrammeView(p.getId(), p.getName(), p.getDescription(), p.getContractualCount(),
                p.getRelationalCount(), p.getPlans().stream().map(StrategyResource::plan).toList());
    }

    private static PlanView plan(ActionPlan p) {
        return new PlanView(p.getId(), p.getTitle(), p.getKind().name(),
                p.getObjective() == null ? null : p.getObjective().getId(),
                p.getOwner() == null ? null : p.getOwner().getUsername(), p.getStartDate(), p.getDueDate(),
                p.getResources(), p.getBudget(), p.getStatus().name(), p.isDormant(), p.getStartOffsetDays(),
                p.getDueOffsetDays());
    }

    private static ContingencyView contingency(Contingency c) {
        WatchedCondition w = c.getCondition();
        return new ContingencyView(c.getId(), c.getTrigger(), c.getResponse(),
                c.getPlans().stream().map(ActionPlan::getId).toList(),
                w.isEmpty() ? null : new ConditionView(w.getKind().name(), w.getKind().getTarget().name(),
                        w.getTargetId(), w.getTargetName(), name(w.getOperator()), w.getThreshold(), w.getDate()),
                w.isEmpty() ? null : new WatchView(c.getState().name(), c.getFiredAt(), c.getFiredValue(),
                        c.getAcknowledgedAt(), c.getAcknowledgedBy()));
    }

    private static Issue issue(ComplianceIssue i) {
        return new Issue(i.getCheck().name(), i.getStep().name(), i.getSubject());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
