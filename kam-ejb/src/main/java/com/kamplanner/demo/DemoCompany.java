package com.kamplanner.demo;

import com.kamplanner.platform.StartupLock;
import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.PasswordHashing;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Seeds the demo company when {@code kam.demo} is true. Idempotent: each demo user and account is created only
 * when missing, so restarts never duplicate anything. With demo mode off, nothing here runs and no demo user
 * ever exists.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DefaultCriteriaSet", "DefaultDatabaseTemplate", "DefaultCompetencyFramework"})
public class DemoCompany {

    private static final Logger LOG = Logger.getLogger(DemoCompany.class.getName());

    /** Every demo login uses this password; the README lists the logins. */
    public static final String PASSWORD = "demo1234";

    /** The demo people: login, name, roles, and whether they come from outside the company. */
    record Person(String username, String displayName, Set<Role> roles, boolean external) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("claire.exec", "Claire Dumont", EnumSet.of(Role.EXECUTIVE), false),
            new Person("david.kad", "David Moreau", EnumSet.of(Role.KA_DIRECTOR), false),
            new Person("emma.kam", "Emma Laurent", EnumSet.of(Role.KAM), false),
            new Person("lucas.kam", "Lucas Girard", EnumSet.of(Role.KAM), false),
            new Person("sofia.kam", "Sofia Rossi", EnumSet.of(Role.KAM), false),
            new Person("hugo.kam", "Hugo Martin", EnumSet.of(Role.KAM), false),
            new Person("hana.hr", "Hana Petit", EnumSet.of(Role.HR), false),
            new Person("tom.team", "Tom Bernard", EnumSet.of(Role.TEAM_MEMBER), false),
            new Person("nina.team", "Nina Weber", EnumSet.of(Role.TEAM_MEMBER), false),
            new Person("paul.partner", "Paul Schneider (partner)", EnumSet.of(Role.TEAM_MEMBER), true),
            new Person("admin", "Alex Admin", EnumSet.of(Role.ADMIN), false));

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    com.kamplanner.selection.QuadrantLookup quadrants;

    @Inject
    com.kamplanner.improvement.FigureCount figureCount;

    @Inject
    com.kamplanner.programme.ProgrammeSettings programmeSettings;

    @PostConstruct
    void seedWhenDemoModeIsOn() {
        if (Settings.flag(Settings.DEMO)) {
            StartupLock.hold(em);
            seed();
        }
    }

    /** Creates whatever part of the demo company is missing; running it twice changes nothing. */
    @RolesAllowed(Role.Names.ADMIN)
    public void seed() {
        Map<String, AppUser> users = seedPeople();
        java.util.Set<String> created = seedAccounts(users);
        em.flush();
        int keyAccounts = DemoPortfolio.apply(em, users, created);
        int scored = DemoScores.seed(em);
        segmentFromQuadrants();
        int databases = DemoDatabases.seed(em, users);
        LOG.info(() -> "Demo mode: " + databases + " Key Account Databases filled.");
        em.flush();
        int coverage = DemoRelationships.seed(em, users);
        LOG.info(() -> "Demo mode: relationship coverage of " + coverage + " accounts seeded.");
        int campaigns = DemoCompetencies.seed(em, users);
        int strategies = DemoStrategy.seed(em, users, quadrants);
        int plans = DemoPlan.seed(em);
        em.flush();
        int watching = DemoContingency.seed(em, users.get("emma.kam"));
        LOG.info(() -> "Demo mode: " + watching + " contingency watching the H160 blade share.");
        int investments = DemoExecutive.seed(em);
        LOG.info(() -> "Demo mode: " + investments + " investment lines and the revenue objectives seeded.");
        em.flush();
        int priorities = DemoPriorities.seed(em, users);
        LOG.info(() -> "Demo mode: " + priorities + " corporate priorities created.");
        em.flush();
        int sponsorships = DemoSponsorship.seed(em, users);
        LOG.info(() -> "Demo mode: " + sponsorships + " sponsor meetings logged.");
        em.flush();
        int governance = DemoGovernance.seed(em);
        int whitespace = DemoWhitespace.seed(em);
        int culture = DemoCulture.seed(em, users);
        LOG.info(() -> "Demo mode: " + culture + " programme messages and recognitions.");
        LOG.info(() -> "Demo mode: " + whitespace + " whitespace maps filled.");
        LOG.info(() -> "Demo mode: " + governance + " conflict register entries and best practices.");
        // Last: the review counts the figures of everything seeded above, and health scores it.
        DemoReview.seed(em, users, figureCount);
        int healthScored = DemoHealth.seed(em, programmeSettings.stakeholderFreshnessDays());
        LOG.info(() -> "Demo mode: health of " + healthScored + " key accounts scored, with a year of history.");
        LOG.info(() -> "Demo mode: " + users.size() + " demo users present, " + created.size()
                + " demo accounts created, " + keyAccounts + " made key accounts, " + scored + " scored, "
                + strategies + " strategies written, " + plans + " plans, " + campaigns + " competency campaigns.");
        LOG.info(() -> "KAM Planner demo: open http://localhost:8080/ (./mvnw -Prun) and sign in with a demo login "
                + "from README.md, \"Demo logins\" (every password is " + PASSWORD + ").");
    }

    /** Key accounts the demo marked without a segment get their matrix quadrant, as a new key account would. */
    private void segmentFromQuadrants() {
        em.flush();
        for (Account account : em.createQuery("select a from Account a where a.keyAccount = true", Account.class)
                .getResultList()) {
            if (account.getSegment() == null) {
                quadrants.quadrantOf(account.getId()).ifPresent(q -> account.setSegment(q, false, null));
            }
        }
    }

    private Map<String, AppUser> seedPeople() {
        Map<String, AppUser> users = new HashMap<>();
        String hash = null;
        for (Person person : PEOPLE) {
            AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                    .setParameter("username", person.username()).getResultStream().findFirst().orElse(null);
            if (user == null) {
                if (hash == null) {
                    hash = passwords.hash(PASSWORD);
                }
                user = new AppUser(person.username(), person.displayName(), person.roles());
                user.setPasswordHash(hash);
                user.setExternal(person.external());
                user.setEmail(person.username() + "@demo.kam-planner.example");
                em.persist(user);
            }
            users.put(person.username(), user);
        }
        return users;
    }

    /** Creates the missing demo accounts; returns the names of those created now. */
    private java.util.Set<String> seedAccounts(Map<String, AppUser> users) {
        java.util.Set<String> created = new java.util.HashSet<>();
        for (DemoAccounts.Row row : DemoAccounts.ROWS) {
            boolean exists = !em.createQuery("select a.id from Account a where a.name = :name", Long.class)
                    .setParameter("name", row.name()).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            Account account = new Account(row.name(), row.industry(), row.country());
            account.setLegalId(row.legalId());
            account.setRevenue(BigDecimal.valueOf(row.revenueMillions()).multiply(BigDecimal.valueOf(1_000_000)),
                    row.currency());
            account.setOurSalesLast12Months(BigDecimal.valueOf(row.ourSalesThousands())
                    .multiply(BigDecimal.valueOf(1_000)));
            account.setKam(row.kam() == null ? null : users.get(row.kam()));
            em.persist(account);
            created.add(row.name());
        }
        return created;
    }
}
