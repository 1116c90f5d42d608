package com.kamplanner.web.navigation;

import com.kamplanner.web.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole menu in one place: five groups on one row, daily work first and set-up last, each item shown to the
 * roles that may open its page (the pages and services check again). Pure, so the grouping and the mapping of a
 * view to its group are tested without a server.
 */
public final class Menu {

    /** The menu's groups in display order, with every item, before filtering by the caller's roles. */
    public static final List<MenuGroup> GROUPS = List.of(
            new MenuGroup("mywork", "nav.group.myWork", List.of(
                    item("home", "menu.home", "/index.xhtml", c -> true),
                    item("planReview", "plan.menu.review", "/plan/review.xhtml", Caller::isDirector),
                    item("myCompetencies", "competency.menu.mine", "/competency/profile.xhtml", Caller::isKam)),
                    Set.of("/competency/assessment.xhtml")),
            new MenuGroup("accounts", "nav.group.accounts", List.of(
                    item("portfolio", "menu.portfolio", "/accounts/index.xhtml", Caller::isReadsAccounts),
                    item("plans", "plan.menu.plans", "/plan/index.xhtml", Caller::isReadsAccounts),
                    item("matrix", "selection.menu.matrix", "/selection/matrix.xhtml", Caller::isReadsAccounts),
                    item("sponsorships", "menu.sponsorships", "/accounts/sponsorships.xhtml", Caller::isReadsAll)),
                    Set.of("/accounts/account.xhtml", "/situation/database.xhtml", "/strategy/workspace.xhtml",
                            "/plan/plan.xhtml", "/plan/team.xhtml", "/plan/compare.xhtml", "/plan/print.xhtml",
                            "/selection/score.xhtml", "/whitespace/map.xhtml")),
            new MenuGroup("programme", "nav.group.programme", List.of(
                    item("executivePortfolio", "governance.menu.portfolio", "/executive/portfolio.xhtml",
                            Caller::isReadsAll),
                    item("executivePriorities", "governance.menu.priorities", "/executive/priorities.xhtml",
                            Caller::isReadsAll),
                    item("executiveInvestments", "governance.menu.investments", "/executive/investments.xhtml",
                            Caller::isReadsAll),
                    item("portfolioWhitespace", "whitespace.menu.portfolio", "/whitespace/portfolio.xhtml",
                            Caller::isReadsAll),
                    item("strategyCompliance", "strategy.menu.compliance", "/strategy/compliance.xhtml",
                            Caller::isReadsAll),
                    item("congruence", "governance.menu.congruence", "/programme/congruence.xhtml",
                            Caller::isDirector),
                    item("complianceByKam", "governance.menu.compliance", "/programme/compliance.xhtml",
                            Caller::isDirector),
                    item("programmeReview", "governance.menu.review", "/programme/review.xhtml", Caller::isDirector),
                    item("conflicts", "governance.menu.conflicts", "/programme/conflicts.xhtml", Caller::isDirector),
                    item("bestPractices", "governance.menu.library", "/library/index.xhtml",
                            c -> c.isDirector() || c.isKam()),
                    item("culture", "culture.menu", "/culture/index.xhtml", c -> c.isReadsAll() || c.isKam())),
                    Set.of("/library/practice.xhtml")),
            new MenuGroup("people", "nav.group.people", List.of(
                    item("competencyOverview", "competency.menu.overview", "/competency/overview.xhtml",
                            c -> c.isHr() || c.isDirector()),
                    item("competencyCampaigns", "competency.menu.campaigns", "/competency/campaigns.xhtml",
                            c -> c.isHr() || c.isDirector()),
                    item("competencyFramework", "competency.menu.framework", "/competency/framework.xhtml",
                            c -> c.isHr() || c.isDirector()),
                    item("competencyAggregates", "competency.menu.aggregates", "/competency/aggregates.xhtml",
                            c -> c.isHr() || c.isReadsAll()),
                    item("competencyAccessLog", "competency.menu.accessLog", "/competency/access-log.xhtml",
                            Caller::isHr),
                    item("executivePeople", "governance.menu.people", "/executive/people.xhtml",
                            c -> c.isReadsAll() || c.isHr())),
                    Set.of()),
            new MenuGroup("settings", "nav.group.settings", List.of(
                    item("importAccounts", "menu.importAccounts", "/accounts/import.xhtml", Caller::isDirector),
                    item("criteria", "selection.menu.criteria", "/selection/criteria.xhtml", Caller::isDirector),
                    item("segments", "menu.segments", "/segmentation/segments.xhtml", Caller::isDirector),
                    item("templates", "situation.menu.templates", "/situation/templates.xhtml", Caller::isDirector),
                    item("offerings", "whitespace.menu.catalogue", "/whitespace/catalogue.xhtml", Caller::isDirector),
                    item("planTemplate", "plan.menu.template", "/plan/template.xhtml", Caller::isDirector),
                    item("strategyTemplate", "strategyTemplate.menu", "/strategy/template.xhtml",
                            Caller::isDirector),
                    item("users", "menu.users", "/admin/users.xhtml", Caller::isAdmin),
                    item("outbox", "menu.outbox", "/admin/outbox.xhtml", Caller::isAdmin),
                    item("security", "menu.security", "/admin/security.xhtml", Caller::isAdmin),
                    item("tokens", "tokens.admin.menu", "/admin/tokens.xhtml", Caller::isAdmin)),
                    Set.of()));

    private Menu() {
    }

    /** The groups the caller sees, each with only the items the caller sees; a group with none is left out. */
    public static List<MenuGroup> shownTo(Caller caller) {
        return GROUPS.stream().map(g -> g.shownTo(caller)).flatMap(Optional::stream).toList();
    }

    /** The group that holds the view, if any (the login and error pages belong to none). */
    public static Optional<MenuGroup> groupOf(String viewId) {
        return GROUPS.stream().filter(g -> g.holds(viewId)).findFirst();
    }

    private static MenuItem item(String id, String labelKey, String viewId, Predicate<Caller> shownTo) {
        return new MenuItem(id, labelKey, viewId, shownTo);
    }
}
