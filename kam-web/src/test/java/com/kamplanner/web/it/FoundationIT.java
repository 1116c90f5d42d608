package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountService;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditEntry;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.demo.DemoCompany;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.plan.PlanExports;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.Download;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.SchemaMigration;
import com.kamplanner.platform.SecurityLog;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.platform.schedule.JobLeases;
import com.kamplanner.platform.schedule.JobScheduler;
import com.kamplanner.segmentation.SegmentationService;
import com.kamplanner.selection.ScoringService;
import com.kamplanner.situation.DatabaseExports;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.strategy.StrategyExports;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What every feature stands on, in one real Payara Micro with the demo company: the platform (Flyway, persistence,
 * stale edits, security events, jobs), the rights of each role on an account's documents, and audited downloads.
 * One section checks what a long session keeps. Each other section was its own class and booted its own server; one class boots once for all of them (Arquillian 1.10
 * runs JUnit {@code @Nested} classes outside the container, so the sections are plain methods).
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(FoundationIT.class, AsAdministrator.class, Deployments.class,
                SessionsSeen.class);
    }

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @EJB
    SchemaMigration migration;

    @EJB
    UserService users;

    @EJB
    DemoCompany demo;

    @Inject
    AsAdministrator asAdministrator;

    @EJB
    JobLeases leases;

    @EJB
    JobScheduler scheduler;

    @ArquillianResource
    URL base;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    StrategyService strategies;

    @Inject
    PlanService plans;

    @Inject
    ScoringService scoring;

    @Inject
    AccountService accounts;

    @Inject
    SegmentationService segmentation;

    @EJB
    AsExecutive asExecutive;

    @EJB
    AsDirector asDirector;

    @EJB
    AsKam asKam;

    @EJB
    AsOtherKam asOtherKam;

    @EJB
    AsTeamMember asTeamMember;

    @EJB
    AsPartner asPartner;

    @EJB
    AsHr asHr;

    @EJB
    AuditTrail audit;

    @EJB
    PlanExports planExports;

    @EJB
    DatabaseExports databaseExports;

    @EJB
    StrategyExports strategyExports;

    // ======== The platform: schema, persistence, security events, jobs (formerly PlatformIT) ========
    // The foundation inside a real Payara Micro: Flyway migrated {@code jdbc/kam}, entities go to the database and
    // come back, a stale edit is refused with a message in both languages, and the last administrator stays.

    @Test
    void flywayAppliedEveryMigrationAtStartUp() throws Exception {
        java.util.List<Integer> versions = migrationVersions();
        int highest = versions.get(versions.size() - 1);
        assertEquals(String.valueOf(highest), migration.currentVersion());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = true "
                     + "and \"version\" is not null")) {
            r.next();
            // Versions may have gaps (a feature branch reserves its number), so count files, not the highest number.
            assertEquals(versions.size(), r.getInt(1), "one successful history row per versioned migration");
        }
        assertTrue(tableExists("app_user") && tableExists("account") && tableExists("audit_entry"));
    }

    @Test
    void aScheduledJobsRunIsClaimedByOneNodeOnlyAndDoneOnce() {
        String job = "it-" + System.nanoTime();
        String node = scheduler.node();
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        assertTrue(leases.register(job, "2026-01-01"));
        assertTrue(leases.claim(job, node, "2026-01-02", until), "this node claims the run owed");
        assertFalse(leases.claim(job, "another-node", "2026-01-02", until), "the other node skips it");
        assertTrue(leases.complete(job, node, "2026-01-02"));
        assertFalse(leases.claim(job, "another-node", "2026-01-02", until), "a run done is not run again");
        assertTrue(leases.claim(job, "another-node", "2026-01-03", until), "the next run is owed");
    }

    @Test
    void anAccountGoesToTheDatabaseAndComesBack() throws Exception {
        tx.begin();
        Account account = new Account("Round Trip Industries", "Chemicals", "BE");
        account.setLegalId("BE-0403.091.220");
        account.setRevenue(new BigDecimal("1234567.89"), "EUR");
        account.setOurSalesLast12Months(new BigDecimal("98765.43"));
        em.persist(account);
        tx.commit();
        long id = account.getId();
        em.clear();

        Account read = em.find(Account.class, id);
        assertEquals("Round Trip Industries", read.getName());
        assertEquals("BE-0403.091.220", read.getLegalId());
        assertEquals(0, new BigDecimal("1234567.89").compareTo(read.getAnnualRevenue()));
        assertEquals(0, new BigDecimal("98765.43").compareTo(read.getOurSalesLast12Months()));
        assertEquals("EUR", read.getCurrency());
        assertEquals(1, read.getVersion(), "EclipseLink starts the optimistic-lock version at 1");
        assertNotEquals(null, read.getCreatedAt());

        tx.begin();
        em.remove(em.find(Account.class, id));
        tx.commit();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithAMessageInBothLanguages() throws Exception {
        AppUser alice = asAdministrator.call(() -> users.create("it.stale." + System.nanoTime() % 100000, "Stale Edit",
                null, "long-enough-1", EnumSet.of(Role.KAM), false));
        AppUser firstEditor = asAdministrator.call(() -> users.find(alice.getId()));
        AppUser secondEditor = asAdministrator.call(() -> users.find(alice.getId()));

        firstEditor.setDisplayName("Saved first");
        asAdministrator.call(() -> users.update(firstEditor));

        secondEditor.setDisplayName("Saved second");
        StaleEditException refused = assertThrows(StaleEditException.class,
                () -> asAdministrator.call(() -> users.update(secondEditor)));
        assertEquals("error.staleEdit", refused.messageKey());
        assertTrue(BusinessErrors.text(refused, Locale.ENGLISH).startsWith("Someone else saved this record"));
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).startsWith("Quelqu’un d’autre a enregistré"));
        assertEquals("Saved first", asAdministrator.call(() -> users.find(alice.getId())).getDisplayName(),
                "the first save is kept, not silently overwritten");
    }

    @Test
    void theDatabaseVersionCheckCatchesAConflictTheServiceDidNotSee() throws Exception {
        tx.begin();
        Account account = new Account("Version Check SA", "Retail", "FR");
        em.persist(account);
        tx.commit();
        em.clear();
        Account stale = em.find(Account.class, account.getId());
        em.clear();

        tx.begin();
        em.find(Account.class, account.getId()).setName("Changed meanwhile");
        tx.commit();
        em.clear();

        stale.setName("Stale write");
        tx.begin();
        assertThrows(StaleEditException.class, () -> OptimisticSave.save(em, stale));
        tx.rollback();
        assertEquals("Changed meanwhile", em.find(Account.class, account.getId()).getName());
    }

    @Test
    void theLastAdministratorCannotLoseTheRole() throws Exception {
        AppUser admin = asAdministrator.call(() -> users.findByUsername("admin").orElseThrow());
        assertEquals(1L, asAdministrator.call(() -> users.list().stream()
                .filter(u -> u.hasRole(Role.ADMIN) && u.isEnabled()).count()), "the demo company has one admin");
        admin.setRoles(EnumSet.of(Role.KAM));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> asAdministrator.call(() -> users.update(admin)));
        assertEquals(UserService.LAST_ADMIN, refused.messageKey());
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).startsWith("C’est le dernier administrateur"));
        assertTrue(asAdministrator.call(() -> users.findByUsername("admin").orElseThrow()).hasRole(Role.ADMIN));
    }

    @Test
    void userAdministrationIsRefusedWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> users.list());
    }

    @Test
    void seedingTheDemoCompanyTwiceChangesNothing() throws Exception {
        long usersBefore = count("select count(*) from app_user");
        long accountsBefore = count("select count(*) from account");
        asAdministrator.call(() -> {
            demo.seed();
            return null;
        });
        assertEquals(usersBefore, count("select count(*) from app_user"));
        assertEquals(accountsBefore, count("select count(*) from account"));
        assertEquals(1L, count("select count(*) from app_user where username = 'emma.kam'"));
    }

    @Test
    void aFailedLoginIsLoggedAsASecurityEventWithoutThePassword() throws Exception {
        try (CapturedLog log = CapturedLog.of(SecurityLog.LOGGER)) {
            String secret = "Sup3r-secret-" + System.nanoTime();
            assertEquals(401, new Browserless(base).getWithBasic("api/me", "sofia.kam", secret).statusCode());
            Browserless form = new Browserless(base);
            form.login("sofia.kam", secret);
            List<JsonObject> lines = log.messages().stream().map(ContainerTests::object)
                    .filter(m -> "login.failed".equals(m.getString("event", null))
                            && "sofia.kam".equals(m.getString("user", null)))
                    .toList();
            assertEquals(2, lines.size(), "one line for the API, one for the login form: " + log.messages());
            for (JsonObject line : lines) {
                assertFalse(line.toString().contains(secret), "the password never reaches the log: " + line);
                assertTrue(line.get("correlationId") instanceof JsonString, line.toString());
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (r.next()) {
                if (table.equalsIgnoreCase(r.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The {@code V<n>__} migration versions shipped in the kam-ejb jar, sorted, read from the jar itself. */
    private static java.util.List<Integer> migrationVersions() throws IOException, URISyntaxException {
        URL location = SchemaMigration.class.getProtectionDomain().getCodeSource().getLocation();
        java.util.List<Integer> versions = new java.util.ArrayList<>();
        Path path = Path.of(location.toURI());
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path.resolve("db/migration"))) {
                for (Path file : files.toList()) {
                    versions.add(version(file.getFileName().toString()));
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(path); JarInputStream jar = new JarInputStream(in)) {
                for (JarEntry entry; (entry = jar.getNextJarEntry()) != null; ) {
                    if (entry.getName().startsWith("db/migration/V")) {
                        versions.add(version(entry.getName().substring("db/migration/".length())));
                    }
                }
            }
        }
        versions.removeIf(v -> v == 0);
        versions.sort(null);
        return versions;
    }

    private static int version(String fileName) {
        return fileName.matches("V\\d+__.*\\.sql") ? Integer.parseInt(fileName.substring(1, fileName.indexOf("__"))) : 0;
    }

    // ======== What a long session keeps (issue 17's soak) ========
    // However many pages a person opens, the session holds the view-scoped state of the last ten only (web.xml's
    // com.sun.faces.numberOfActiveViewMaps). Mojarra dropped the beans of older pages but kept one entry of
    // contexts per page until the session ended; ViewScopeContexts removes those entries at the end of each request.

    private static final int KEPT_PAGES = 10;
    private static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    private static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Test
    void aSessionKeepsTheViewScopedStateOfItsLastPagesOnly() throws Exception {
        long account = accountId(base, "Airbus Helicopters");
        Browserless emma = ContainerTests.signedIn(base, "emma.kam");
        int opened = 3 * KEPT_PAGES;
        for (int page = 0; page < opened; page++) {
            String path = page % 2 == 0 ? "plan/plan.xhtml?account=" + account : "accounts/account.xhtml?id=" + account;
            assertEquals(200, emma.get(path).statusCode(), path);
        }
        HttpSession session = SessionsSeen.withCookie(emma.cookie("JSESSIONID").orElseThrow());
        Map<?, ?> contexts = (Map<?, ?>) session.getAttribute(VIEW_CONTEXTS);
        Map<?, ?> viewMaps = (Map<?, ?>) session.getAttribute(VIEW_MAPS);
        Set<Object> kept;
        synchronized (viewMaps) {
            kept = new HashSet<>(viewMaps.keySet());
        }
        assertEquals(KEPT_PAGES, kept.size(), "Mojarra keeps the view maps of the last " + KEPT_PAGES + " pages");
        assertTrue(kept.containsAll(contexts.keySet()),
                "only the kept pages have contexts: " + contexts.size() + " entries after " + opened + " pages");
        assertFalse(contexts.isEmpty(), "the kept pages' view-scoped beans are still there");
        assertTrue(contexts.values().stream().allMatch(beans -> !((Map<?, ?>) beans).isEmpty()),
                "each kept page's entry holds its beans");

        assertEquals(200, emma.get("plan/plan.xhtml?account=" + account).statusCode(),
                "the next page opens as before");
        assertTrue(((Map<?, ?>) session.getAttribute(VIEW_CONTEXTS)).size() <= KEPT_PAGES);
    }

    // ======== Rights on an account's documents, by role (formerly AccountRightsIT) ========
    // The product's central promise as one table: every kind of caller × every document of Emma's Airbus Helicopters
    // (the demo account with the whole grid) × read and write, allowed or refused, checked over the services (through
    // the run-as beans) and over the API where the API has the document. A write probe that passes the access check
    // is stopped by a business rule (a stale version, nothing to score), so the table changes no data.

    private static final String ACCOUNT = "Airbus Helicopters";

    /** Who asks: a run-as bean inside the server, a demo login over HTTP. */
    enum Who {
        EXECUTIVE("claire.exec"), DIRECTOR("david.kad"), KAM("emma.kam"), OTHER_KAM("lucas.kam"),
        TEAM_MEMBER("tom.team"), EXTERNAL("paul.partner"), HR("hana.hr"), ADMIN("admin");

        final String login;

        Who(String login) {
            this.login = login;
        }
    }

    /** The documents of one account, in the columns' order of {@link #EXPECTED}. */
    enum Document { DATABASE, STRATEGY, PLAN, SCORES, ACCOUNT }

    /** R: reads, W: writes, -: refused; one pair per document, in {@link Document} order. */
    private static final Map<Who, String> EXPECTED = new EnumMap<>(Who.class);

    static {
        //                             database strategy plan scores account
        EXPECTED.put(Who.EXECUTIVE,   "R-       R-       R-   R-     R-");
        EXPECTED.put(Who.DIRECTOR,    "R-       R-       R-   RW     RW");
        EXPECTED.put(Who.KAM,         "RW       RW       RW   RW     RW");
        EXPECTED.put(Who.OTHER_KAM,   "--       --       --   --     --");
        EXPECTED.put(Who.TEAM_MEMBER, "R-       R-       R-   RW     R-");
        EXPECTED.put(Who.EXTERNAL,    "R-       R-       R-   RW     R-");
        EXPECTED.put(Who.HR,          "--       --       --   --     --");
        EXPECTED.put(Who.ADMIN,       "--       --       --   --     --");
    }

    @Test
    void everyCallerReadsAndWritesEachDocumentOfAnAccountExactlyAsTheTableSays() {
        long id = ContainerTests.accountId(em, ACCOUNT);
        List<Executable> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Document document : Document.values()) {
                cells.add(() -> assertEquals(expected(who, document, 0), allowed(who, read(document, id)),
                        who + " reading the " + document));
                cells.add(() -> assertEquals(expected(who, document, 1), allowed(who, write(document, id)),
                        who + " writing the " + document));
            }
        }
        assertAll(cells);
    }

    @Test
    @RunAsClient
    void theApiAnswersEachCallerAsTheTableSays() throws Exception {
        long id = accountId(base, ACCOUNT);
        Map<Document, String> paths = Map.of(Document.ACCOUNT, "api/accounts/" + id,
                Document.DATABASE, "api/accounts/" + id + "/database",
                Document.STRATEGY, "api/accounts/" + id + "/strategy",
                Document.PLAN, "api/accounts/" + id + "/plan");
        List<Executable> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Map.Entry<Document, String> path : paths.entrySet()) {
                HttpResponse<String> read = api(base, who.login, path.getValue());
                cells.add(() -> assertEquals(expected(who, path.getKey(), 0) ? 200 : 403, read.statusCode(),
                        who + " GET " + path.getValue() + ": " + read.body()));
            }
            // The API's one write: a plan version, sent at a version nobody loaded (409 once past the check).
            HttpResponse<String> write = put(who.login, "api/accounts/" + id + "/plan/versions/2",
                    "{\"summary\":\"probe\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                            + "\"version\":-1}");
            if (expected(who, Document.PLAN, 1)) {
                cells.add(() -> assertNotEquals(403, write.statusCode(), who + " PUT the plan: " + write.body()));
            } else {
                cells.add(() -> assertEquals(403, write.statusCode(), who + " PUT the plan: " + write.body()));
            }
        }
        assertAll(cells);
    }

    // ---- the probes ----

    private Callable<?> read(Document document, long id) {
        return switch (document) {
            case DATABASE -> () -> databases.open(id);
            case STRATEGY -> () -> strategies.workspace(id);
            case PLAN -> () -> plans.versions(id);
            case SCORES -> () -> scoring.scoresOf(id);
            case ACCOUNT -> () -> accounts.find(id);
        };
    }

    /** Each write, stopped after the access check by a stale version or an empty entry, except the stages. */
    private Callable<?> write(Document document, long id) {
        return switch (document) {
            case DATABASE -> () -> databases.saveSection(id, DefaultDatabaseTemplate.CUSTOMER, Long.MIN_VALUE,
                    new SectionInput());
            case STRATEGY -> () -> strategies.saveVisionAndMission(id, -1, "probe", "probe");
            case PLAN -> () -> plans.saveWorking(id, 2, -1, "probe", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));
            case SCORES -> () -> scoring.score(id, List.of());
            case ACCOUNT -> () -> {
                // The stages set to what they are: the rule checks who sets them, not what changes.
                Account account = em.find(Account.class, id);
                return segmentation.setStages(id, account.getVersion(), account.getCurrentStage(),
                        account.getTargetStage());
            };
        };
    }

    /** True when the work passed the access check: it ran, or a business rule other than a refusal stopped it. */
    private boolean allowed(Who who, Callable<?> work) throws Exception {
        try {
            runAs(bean(who), work);
            return true;
        } catch (Exception e) {
            if (BusinessErrors.isAccessDenied(e)) {
                return false;
            }
            if (BusinessErrors.find(e).isPresent()) {
                return true;
            }
            throw e;
        }
    }

    private Object bean(Who who) {
        return switch (who) {
            case EXECUTIVE -> asExecutive;
            case DIRECTOR -> asDirector;
            case KAM -> asKam;
            case OTHER_KAM -> asOtherKam;
            case TEAM_MEMBER -> asTeamMember;
            case EXTERNAL -> asPartner;
            case HR -> asHr;
            case ADMIN -> asAdministrator;
        };
    }

    private static boolean expected(Who who, Document document, int readOrWrite) {
        String pair = EXPECTED.get(who).split("\\s+")[document.ordinal()];
        return pair.charAt(readOrWrite) != '-';
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new Browserless(base).uri(path))
                        .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                        .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ======== Downloads and their audit (formerly DownloadsIT) ========
    // Every download takes one shape: the plan, the Key Account Database and the strategy deck, which used to leave no
    // trace, now leave an audit line {@code <feature>.<document>.exported} naming the exported record's id and move the
    // export counter, and they are served with their media type and a file name, whether by a servlet or the API.

    @Test
    @RunAsClient
    void thePlanDatabaseAndDeckAreServedWithTheirTypeAndNameAndMoveTheExportCounter() throws Exception {
        Browserless emma = new Browserless(base);
        long airbus = accountId(base, ACCOUNT);
        emma.login("emma.kam", DEMO_PASSWORD);

        double pdfBefore = exports(emma, "pdf");
        HttpResponse<String> plan = emma.get("plan/export?account=" + airbus + "&n=1&format=pdf");
        assertEquals(200, plan.statusCode());
        assertTrue(plan.headers().firstValue("Content-Type").orElse("").startsWith(Download.PDF));
        assertEquals("attachment; filename=\"plan-" + airbus + "-v1.pdf\"",
                plan.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(pdfBefore + 1, exports(emma, "pdf"), "the plan export is counted");

        double xlsxBefore = exports(emma, "xlsx");
        HttpResponse<byte[]> database = emma.getBytesWithBasic("api/accounts/" + airbus + "/database/xlsx",
                "emma.kam", DEMO_PASSWORD, "en");
        assertEquals(200, database.statusCode());
        assertTrue(database.headers().firstValue("Content-Type").orElse("").startsWith(Download.XLSX));
        assertEquals("attachment; filename=\"key-account-database-airbus-helicopters.xlsx\"",
                database.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(xlsxBefore + 1, exports(emma, "xlsx"), "the database export is counted");

        double pptxBefore = exports(emma, "pptx");
        HttpResponse<byte[]> deck = emma.getBytesWithBasic("api/accounts/" + airbus + "/strategy/deck",
                "emma.kam", DEMO_PASSWORD, "en");
        assertEquals(200, deck.statusCode());
        assertTrue(deck.headers().firstValue("Content-Type").orElse("").startsWith(Download.PPTX));
        assertEquals("attachment; filename=\"strategy-airbus-helicopters.pptx\"",
                deck.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(pptxBefore + 1, exports(emma, "pptx"), "the deck export is counted");

        assertEquals(403, new Browserless(base).getBytesWithBasic("api/accounts/" + airbus + "/database/docx",
                "lucas.kam", DEMO_PASSWORD, "en").statusCode(), "refused, as before");
    }

    @Test
    void thePlanDatabaseAndDeckExportsLeaveAnAuditLineNamingWhatLeft() throws Exception {
        long airbus = em.createQuery("select a.id from Account a where a.name = :name", Long.class)
                .setParameter("name", ACCOUNT).getSingleResult();
        Function<String, String> french = key -> Bundle.text(Locale.FRENCH, key);
        PlanVersion version = asKam.call(() -> plans.version(airbus, 1));
        long strategy = asKam.call(() -> strategies.workspace(airbus)).getId();
        long planLines = exported("PlanVersion", version.getId(), AuditAction.PLAN_VERSION_EXPORTED);
        long databaseLines = exported("Account", airbus, AuditAction.SITUATION_DATABASE_EXPORTED);
        long deckLines = exported("Strategy", strategy, AuditAction.STRATEGY_DECK_EXPORTED);

        Download plan = asKam.call(() -> planExports.docx(airbus, 1, Locale.FRENCH, french));
        Download database = asKam.call(() -> databaseExports.docx(airbus, Locale.FRENCH, french));
        Download deck = asKam.call(() -> strategyExports.deck(airbus, Locale.FRENCH, french));

        assertEquals(List.of("plan-" + airbus + "-v1.docx", Download.DOCX), List.of(plan.fileName(), plan.mediaType()));
        assertEquals(Download.DOCX, database.mediaType());
        assertEquals(Download.PPTX, deck.mediaType());
        assertEquals(planLines + 1, exported("PlanVersion", version.getId(), AuditAction.PLAN_VERSION_EXPORTED));
        assertEquals(databaseLines + 1, exported("Account", airbus, AuditAction.SITUATION_DATABASE_EXPORTED));
        assertEquals(deckLines + 1, exported("Strategy", strategy, AuditAction.STRATEGY_DECK_EXPORTED));
        AuditEntry latest = asAdministrator.call(() -> audit.forSubject("PlanVersion", version.getId())).get(0);
        assertEquals("emma.kam", latest.getActor());
        assertEquals("docx, v1", latest.getDetail(), "the format first, then what else the line says");
    }

    /** How many audit lines of this subject say {@code action}: that one of its documents left the application. */
    private long exported(String subjectType, long id, AuditAction action) throws Exception {
        return asAdministrator.call(() -> audit.forSubject(subjectType, id)).stream()
                .filter(e -> e.getAction().equals(action.code())).count();
    }

    /** The export counter of one format, as IT's scraper reads it (zero before the first export). */
    private static double exports(Browserless client, String format) throws Exception {
        String body = client.get("metrics").body();
        Matcher value = Pattern.compile("(?m)^kam_exports_total\\{format=\"" + format + "\"\\} ([0-9.eE+]+)$")
                .matcher(body);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

}
