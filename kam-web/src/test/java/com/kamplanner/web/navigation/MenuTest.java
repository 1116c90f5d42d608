package com.kamplanner.web.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.Role;
import com.kamplanner.web.security.Caller;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The menu each role sees and the group that holds each page, without a server: at most five groups, set-up
 * under settings, a group only when the caller sees one of its items, every link to a page that exists.
 */
class MenuTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void theKaDirectorSeesFiveGroupsWithTheSetUpPagesUnderSettings() {
        List<MenuGroup> groups = Menu.shownTo(caller(Role.KA_DIRECTOR));
        assertEquals(List.of("mywork", "accounts", "programme", "people", "settings"), ids(groups));
        assertEquals(List.of("importAccounts", "criteria", "segments", "templates", "offerings", "planTemplate",
                "strategyTemplate"),
                itemIds(groups.get(4)));
        assertEquals(List.of("home", "planReview"), itemIds(groups.get(0)), "daily work apart from set-up");
    }

    @Test
    void aKamSeesTheirWorkTheirAccountsAndTheBestPractices() {
        List<MenuGroup> groups = Menu.shownTo(caller(Role.KAM));
        assertEquals(List.of("mywork", "accounts", "programme"), ids(groups));
        assertEquals(List.of("home", "myCompetencies"), itemIds(groups.get(0)));
        assertEquals(List.of("portfolio", "plans", "matrix"), itemIds(groups.get(1)));
        assertEquals(List.of("bestPractices", "culture"), itemIds(groups.get(2)),
                "the programme's messages and recognitions too");
    }

    @Test
    void aTeamMemberSeesHomeAndTheAccountsOnly() {
        List<MenuGroup> groups = Menu.shownTo(caller(Role.TEAM_MEMBER));
        assertEquals(List.of("mywork", "accounts"), ids(groups));
        assertEquals(List.of("portfolio", "plans", "matrix"), itemIds(groups.get(1)));
    }

    @Test
    void hrSeesNoAccountAndTheWholePeopleGroup() {
        List<MenuGroup> groups = Menu.shownTo(caller(Role.HR));
        assertEquals(List.of("mywork", "people"), ids(groups));
        assertEquals(List.of("competencyOverview", "competencyCampaigns", "competencyFramework",
                "competencyAggregates", "competencyAccessLog", "executivePeople"), itemIds(groups.get(1)));
    }

    @Test
    void anExecutiveReadsTheProgrammeAndThePeopleFiguresButSetsNothingUp() {
        List<MenuGroup> groups = Menu.shownTo(caller(Role.EXECUTIVE));
        assertEquals(List.of("mywork", "accounts", "programme", "people"), ids(groups));
        assertEquals(List.of("executivePortfolio", "executivePriorities", "executiveInvestments",
                "portfolioWhitespace", "strategyCompliance", "culture"), itemIds(groups.get(2)));
        assertEquals(List.of("competencyAggregates", "executivePeople"), itemIds(groups.get(3)));
    }

    @Test
    void theAdministratorSeesOnlyHomeTheUsersTheOutboxAndSecurity() {
        List<MenuGroup> groups = Menu.shownTo(caller(Role.ADMIN));
        assertEquals(List.of("mywork", "settings"), ids(groups));
        assertEquals(List.of("users", "outbox", "security", "tokens"), itemIds(groups.get(1)));
    }

    @Test
    void anAccountsPagesBelongToTheAccountsGroup() {
        for (String view : List.of("/accounts/account.xhtml", "/situation/database.xhtml",
                "/strategy/workspace.xhtml", "/plan/plan.xhtml", "/plan/team.xhtml", "/selection/score.xhtml",
                "/accounts/index.xhtml")) {
            assertEquals("accounts", Menu.groupOf(view).orElseThrow().id(), view);
        }
        assertEquals("mywork", Menu.groupOf("/plan/review.xhtml").orElseThrow().id());
        assertEquals("settings", Menu.groupOf("/plan/template.xhtml").orElseThrow().id());
        assertEquals("programme", Menu.groupOf("/library/practice.xhtml").orElseThrow().id());
        assertTrue(Menu.groupOf("/login.xhtml").isEmpty(), "pages outside the menu mark no group");
    }

    @Test
    void eachPageIsInOneGroupAtMostAndEveryIdIsUnique() {
        Set<String> views = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (MenuGroup group : Menu.GROUPS) {
            for (MenuItem item : group.items()) {
                assertTrue(views.add(item.viewId()), "twice in the menu: " + item.viewId());
                assertTrue(ids.add(item.id()), "id used twice: " + item.id());
            }
            for (String view : group.alsoHolds()) {
                assertTrue(views.add(view), "held twice: " + view);
            }
        }
        assertTrue(Menu.GROUPS.size() <= 5, "five groups at most, on one row");
    }

    @Test
    void everyLinkLeadsToAPageThatExists() {
        for (MenuGroup group : Menu.GROUPS) {
            Stream.concat(group.items().stream().map(MenuItem::viewId), group.alsoHolds().stream())
                    .forEach(view -> assertTrue(Files.exists(WEBAPP.resolve(view.substring(1))), view));
        }
    }

    @Test
    void everyLabelHasATextInEnglishAndFrench() throws IOException {
        for (String language : List.of("en", "fr")) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_" + language
                    + ".properties"), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (MenuGroup group : Menu.GROUPS) {
                assertTrue(bundle.containsKey(group.labelKey()), language + ": " + group.labelKey());
                group.items().forEach(i -> assertTrue(bundle.containsKey(i.labelKey()), language + ": " + i.id()));
            }
        }
    }

    @Test
    void aCallerWithoutRolesSeesOnlyTheHomePage() {
        List<MenuGroup> groups = Menu.shownTo(caller());
        assertEquals(List.of("mywork"), ids(groups));
        assertFalse(groups.get(0).items().stream().anyMatch(i -> !i.id().equals("home")));
    }

    private static List<String> ids(List<MenuGroup> groups) {
        return groups.stream().map(MenuGroup::id).toList();
    }

    private static List<String> itemIds(MenuGroup group) {
        return group.items().stream().map(MenuItem::id).toList();
    }

    /** A caller holding exactly these roles, as the security context would report them. */
    private static Caller caller(Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new Caller() {
            @Override
            public boolean has(Role role) {
                return held.contains(role);
            }
        };
    }
}
