package com.kamplanner.work;

import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.AssessmentService;
import com.kamplanner.competency.CampaignService;
import com.kamplanner.competency.DevelopmentPlanService;
import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.congruence.CongruenceCounts;
import com.kamplanner.congruence.CongruenceSummary;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.InvestmentBoard;
import com.kamplanner.executive.PortfolioGlance;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.ReturnedPlan;
import com.kamplanner.plan.ReviewDate;
import com.kamplanner.plan.WaitingPlan;
import com.kamplanner.platform.Settings;
import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.security.DirectoryCheck;
import com.kamplanner.security.SecurityEvents;
import com.kamplanner.situation.DatabaseUpkeep;
import com.kamplanner.situation.RelationshipService;
import com.kamplanner.sponsorship.SponsorMeetings;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.strategy.StrategyCompliance;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's work list, most urgent first, at most {@link WorkRules#MAX_ITEMS}: for each of their roles, the
 * items of the sources that role answers for, each read through the service that owns it (and its rights), in a
 * constant number of statements whatever the number of accounts.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE,
        Role.Names.HR, Role.Names.ADMIN})
public class WorkList {

    @Resource
    SessionContext context;

    @Inject
    PlanOverview plans;

    @Inject
    FollowUpService followUp;

    @Inject
    DatabaseUpkeep databases;

    @Inject
    RelationshipService relationships;

    @Inject
    AssessmentService assessments;

    @Inject
    CampaignService campaigns;

    @Inject
    ConflictService conflicts;

    @Inject
    InvestmentBoard investments;

    @Inject
    ProgrammeSettings settings;

    @Inject
    DevelopmentPlanService development;

    @Inject
    UserService users;

    @Inject
    StrategyCompliance strategies;

    @Inject
    CongruenceSummary congruence;

    @Inject
    SponsorshipProgramme sponsorships;

    @Inject
    SponsorMeetings sponsorMeetings;

    @Inject
    ExecutivePortfolio portfolio;

    @Inject
    SecurityEvents security;

    public List<WorkItem> mine() {
        LocalDate today = LocalDate.now();
        List<WorkItem> items = new ArrayList<>();
        boolean kam = context.isCallerInRole(Role.Names.KAM);
        boolean member = context.isCallerInRole(Role.Names.TEAM_MEMBER);
        if (kam) {
            kamWork(items, today);
        }
        if (kam || member) {
            actionPlans(items, member, today);
            databases.grantedToMe().forEach(g -> items.add(database(g)));
        }
        if (context.isCallerInRole(Role.Names.KA_DIRECTOR)) {
            directorWork(items, today);
        }
        if (context.isCallerInRole(Role.Names.EXECUTIVE)) {
            executiveWork(items, today);
        }
        if (context.isCallerInRole(Role.Names.HR)) {
            hrWork(items, today);
        }
        if (context.isCallerInRole(Role.Names.ADMIN)) {
            adminWork(items);
        }
        return WorkRules.mostUrgent(distinct(items));
    }

    private void kamWork(List<WorkItem> items, LocalDate today) {
        plans.myReturned().forEach(p -> items.add(returned(p)));
        plans.reviewsDueBy(WorkRules.kamReviewHorizon(today)).forEach(r -> items.add(reviewDue(r)));
        databases.ofMyAccounts().forEach(g -> items.add(database(g)));
        int freshness = settings.stakeholderFreshnessDays();
        databases.decisionMakersNotContacted(freshness).forEach(g -> items.add(new WorkItem(
                WorkKind.DECISION_MAKERS_NOT_CONTACTED, g.accountId(), List.of(g.accountName(), g.sections(),
                freshness), null, day(g.since()), "situation/database.xhtml?account=" + g.accountId(), null)));
        relationships.gapsOfMyAccounts().forEach(g -> items.add(new WorkItem(WorkKind.COVERAGE_GAPS, g.accountId(),
                List.of(g.accountName(), g.stakeholders()), null, null,
                "situation/database.xhtml?account=" + g.accountId() + "#section-coverage", null)));
        assessments.selfAssessmentsToFill().forEach(a -> items.add(selfAssessment(a)));
        strategies.notCompliantOfMine().forEach(a -> items.add(new WorkItem(WorkKind.STRATEGY_NOT_COMPLIANT,
                (Long) a[0], List.of(a[1]), null, null, "strategy/workspace.xhtml?account=" + a[0], null)));
        sponsorMeetings.openFollowUpsOfMine().forEach(f -> items.add(new WorkItem(WorkKind.SPONSOR_FOLLOW_UP,
                f.accountId(), List.of(f.title(), f.accountName(), f.sponsorName()), f.due(), f.meetingDate(),
                "strategy/sponsor-follow-up.xhtml?id=" + f.id(), null)));
    }

    private void executiveWork(List<WorkItem> items, LocalDate today) {
        investments.proposed().forEach(l -> items.add(new WorkItem(WorkKind.INVESTMENT_TO_APPROVE, null,
                List.of(l.getLabel(), String.valueOf(l.getYear())), null, null, "executive/investments.xhtml", null)));
        sponsorships.meetingsDueBy(today.plusDays(WorkRules.LOOK_AHEAD_DAYS)).forEach(m -> items.add(new WorkItem(
                WorkKind.SPONSOR_MEETING_DUE, m.accountId(), List.of(m.accountName(), m.months()), m.due(), null,
                "accounts/sponsorships.xhtml", null)));
        PortfolioGlance glance = portfolio.glance();
        if (glance.getRevenueTarget() != null && glance.getRevenueTarget().signum() > 0) {
            items.add(new WorkItem(WorkKind.REVENUE_AGAINST_TARGET, null, List.of(glance.getRevenueActual(),
                    glance.getRevenueTarget(), glance.getAttainment()), null, null, "executive/portfolio.xhtml", null));
        }
    }

    /**
     * A team member follows all their open action plans; a KAM those late or due soon, theirs and their teams'. The
     * {@link WorkRules#MAX_ITEMS} most urgent open ones, filtered and limited by the database: no more can show.
     */
    private void actionPlans(List<WorkItem> items, boolean member, LocalDate today) {
        followUp.mine(member ? null : WorkRules.dueSoonLimit(today), WorkRules.MAX_ITEMS).forEach(row -> {
            WorkKind kind = WorkRules.actionPlanKind(row.getStatus(), row.getDueDate(), today);
            if (kind != null) {
                items.add(new WorkItem(kind, row.getAccountId(), List.of(row.getTitle(), row.getAccountName()),
                        row.getDueDate(), null, "plan/team.xhtml?account=" + row.getAccountId(), row));
            }
        });
    }

    private void directorWork(List<WorkItem> items, LocalDate today) {
        plans.waiting(WorkRules.MAX_ITEMS).forEach(w -> items.add(waiting(w, today)));
        plans.reviewsDueBy(WorkRules.directorReviewHorizon(today)).forEach(r -> items.add(reviewDue(r)));
        conflicts.unresolved(WorkRules.MAX_ITEMS).forEach(c -> items.add(conflict(c)));
        // The plans waiting for review are listed one by one above, so their rule's count would only repeat them.
        // The counts are the summary's, as the board last stored them; the title says when they were counted.
        CongruenceCounts counted = congruence.latest();
        counted.counts().forEach((rule, count) -> {
            if (count > 0 && rule != CongruenceRule.PLAN_AWAITING_REVIEW) {
                items.add(new WorkItem(WorkKind.CONGRUENCE_LINES, null, List.of(count, counted.countedAt()), null, null,
                        "programme/congruence.xhtml?rule=" + rule.name(), null, rule.name()));
            }
        });
        campaigns.awaitingManager().forEach(c -> items.add(new WorkItem(WorkKind.CAMPAIGN_ASSESSMENT, null,
                List.of(c.campaignName(), c.assessments()), c.periodEnd(), null, "competency/campaigns.xhtml", null)));
    }

    private void hrWork(List<WorkItem> items, LocalDate today) {
        campaigns.inProgress().forEach(c -> {
            items.add(new WorkItem(WorkKind.CAMPAIGN_IN_PROGRESS, null, List.of(c.campaignName(), c.validated(),
                    c.assessments()), c.periodEnd(), null, "competency/campaigns.xhtml", null));
            if (c.awaitingValidation() > 0) {
                items.add(new WorkItem(WorkKind.ASSESSMENT_TO_VALIDATE, null, List.of(c.campaignName(),
                        c.awaitingValidation()), c.periodEnd(), null, "competency/campaigns.xhtml", null));
            }
        });
        development.openDueBy(WorkRules.developmentHorizon(today)).forEach(d -> items.add(new WorkItem(
                WorkKind.DEVELOPMENT_ACTION_DUE, null, List.of(d.getKam().getDisplayName(), d.getDescription()),
                d.getDueDate(), null, "competency/profile.xhtml?user=" + d.getKam().getId(), null)));
    }

    private void adminWork(List<WorkItem> items) {
        users.withoutRole().forEach(u -> items.add(new WorkItem(WorkKind.USER_WITHOUT_ROLE, null,
                List.of(u.getDisplayName(), u.getUsername()), null, day(u.getCreatedAt()), "admin/users.xhtml",
                null)));
        if (Settings.get(Settings.DIRECTORY_URL).isPresent()) {
            Optional<DirectoryCheck> check = security.lastDirectoryCheck();
            items.add(new WorkItem(WorkKind.DIRECTORY_CHECK, null,
                    List.of(WorkRules.directoryCheckState(check.map(DirectoryCheck::ok).orElse(null))), null,
                    check.map(c -> day(c.at())).orElse(null), "admin/security.xhtml", null));
        }
        long refused = security.refusedSince(Instant.now().minus(SecurityEvents.RECENT));
        if (refused > 0) {
            items.add(new WorkItem(WorkKind.LOGINS_REFUSED, null, List.of(refused), null, null,
                    "admin/security.xhtml", null));
        }
    }

    /**
     * One item per kind, account, title and action plan: a KAM who is also the KA Director sees a plan's review
     * once, while two action plans of one account with the same title (one per programme) stay two items.
     */
    private static List<WorkItem> distinct(List<WorkItem> items) {
        Map<String, WorkItem> unique = new LinkedHashMap<>();
        items.forEach(i -> unique.putIfAbsent(i.kind() + "/" + i.accountId() + "/" + i.titleArgs() + "/" + i.url()
                + "/" + (i.actionPlan() == null ? "" : i.actionPlan().getActionPlanId()), i));
        return new ArrayList<>(unique.values());
    }

    private static WorkItem returned(ReturnedPlan p) {
        return new WorkItem(WorkKind.PLAN_RETURNED, p.accountId(), List.of(p.accountName(), p.versionNumber(),
                p.comments() == null ? "" : p.comments()), null, day(p.returnedAt()),
                "plan/plan.xhtml?account=" + p.accountId() + "&n=" + p.versionNumber(), null);
    }

    private static WorkItem reviewDue(ReviewDate r) {
        return new WorkItem(WorkKind.PLAN_REVIEW_DUE, r.accountId(), List.of(r.accountName()), r.nextReview(), null,
                "plan/plan.xhtml?account=" + r.accountId(), null);
    }

    private static WorkItem waiting(WaitingPlan w, LocalDate today) {
        LocalDate since = day(w.submittedAt());
        return new WorkItem(WorkKind.PLAN_AWAITING_REVIEW, w.accountId(), List.of(w.accountName(), w.versionNumber(),
                WorkRules.daysWaiting(since, today), w.kamName() == null ? "" : w.kamName()), null, since,
                "plan/plan.xhtml?account=" + w.accountId() + "&n=" + w.versionNumber(), null);
    }

    private static WorkItem database(DatabaseUpkeep.Gap g) {
        WorkKind kind = switch (g.need()) {
            case MISSING -> WorkKind.DATABASE_MISSING;
            case STALE -> WorkKind.DATABASE_STALE;
            case GRANTED_TO_FILL -> WorkKind.DATABASE_GRANTED;
            case DECISION_MAKERS_NOT_CONTACTED -> WorkKind.DECISION_MAKERS_NOT_CONTACTED;
        };
        return new WorkItem(kind, g.accountId(), List.of(g.accountName(), g.sections()), null, day(g.since()),
                "situation/database.xhtml?account=" + g.accountId(), null);
    }

    private static WorkItem selfAssessment(Assessment a) {
        return new WorkItem(WorkKind.SELF_ASSESSMENT, null, List.of(a.getCampaign().getName()),
                a.getCampaign().getPeriodEnd(), null, "competency/assessment.xhtml?id=" + a.getId(), null);
    }

    private static WorkItem conflict(Conflict c) {
        return new WorkItem(WorkKind.CONFLICT_OPEN, null, List.of(c.getTitle()), null, day(c.getOpenedAt()),
                "programme/conflicts.xhtml", null);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }
}
