package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.object;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.imports.AccountImportService;
import com.kamplanner.account.imports.CsvPreset;
import com.kamplanner.account.imports.ImportJob;
import com.kamplanner.account.imports.ImportJobs;
import com.kamplanner.account.imports.ImportMode;
import com.kamplanner.account.imports.ImportReport;
import com.kamplanner.account.imports.ImportSettings;
import com.kamplanner.account.imports.RowProblem;
import com.kamplanner.audit.AuditEntry;
import com.kamplanner.web.account.LargeAccountFile;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing accounts from CRM exports inside a real Payara Micro, as the KA Director: a known CRM id updates,
 * all-or-nothing leaves nothing behind, valid-only imports the good rows and reports the others, a background
 * import reports its progress; and over HTTP: the API and the page are the KA Director's alone, reasons come in
 * the caller's language. Every file is tagged per run, so the tests can run again on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class AccountImportIT {

    private static final String CSV = "../kam-ejb/src/test/resources/csv/";
    private static final String HEADER =
            "\"Account ID\",\"Account Name\",\"Parent Account ID\",\"Billing Country\",\"Annual Revenue\"\r\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountImportIT.class, LargeAccountFile.class)
                .addAsResource(new File(CSV + "salesforce-bad-rows.csv"), "csv/salesforce-bad-rows.csv");
    }

    @EJB
    AccountImportService imports;

    @EJB
    ImportJobs jobs;

    @Inject
    AsDirector asDirector;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "jdbc/kam")
    javax.sql.DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    void aKnownCrmIdUpdatesItsAccountInsteadOfAddingAnother() throws Exception {
        String tag = tag();
        String first = HEADER + row(tag + "-GRP", "Upsert Group " + tag, "", "France", "1,000.00")
                + row(tag + "-SUB", "Upsert Subsidiary " + tag, tag + "-GRP", "Germany", "500.00");
        ImportReport created = importing(first, ImportMode.VALID_ONLY);
        assertEquals(2, created.getCreated());
        assertEquals(0, created.getUpdated());

        String again = HEADER + row(tag + "-GRP", "Upsert Group SA " + tag, "", "France", "2,500.50");
        ImportReport updated = importing(again, ImportMode.VALID_ONLY);
        assertTrue(updated.isCommitted());
        assertEquals(0, updated.getCreated());
        assertEquals(1, updated.getUpdated());

        List<Account> group = accountsTagged(tag + "-GRP");
        assertEquals(1, group.size(), "updated, not duplicated");
        assertEquals("Upsert Group SA " + tag, group.get(0).getName());
        assertEquals(0, new BigDecimal("2500.50").compareTo(group.get(0).getAnnualRevenue()));
        assertEquals("FR", group.get(0).getCountry());
        Account subsidiary = accountsTagged(tag + "-SUB").get(0);
        assertEquals(group.get(0).getId(), subsidiary.getParent().getId(), "the parent came by its CRM id");
        assertEquals("DE", subsidiary.getCountry());
    }

    @Test
    void allOrNothingLeavesNothingWhenOneRowIsBad() throws Exception {
        String tag = tag();
        String csv = HEADER + row(tag + "-1", "All Or Nothing One " + tag, "", "France", "10")
                + row(tag + "-2", "All Or Nothing Two " + tag, "", "Atlantis", "20")
                + row(tag + "-3", "All Or Nothing Three " + tag, "", "Spain", "30");
        ImportReport report = importing(csv, ImportMode.ALL_OR_NOTHING);
        assertFalse(report.isCommitted());
        assertEquals(1, report.getRejected());
        assertEquals(3, report.getProblems().get(0).getLine());
        assertTrue(accountsTagged(tag + "-%").isEmpty(), "not even the good rows went in");
        assertTrue(audited("account.importRefused", "rejected=1"), "the refused import is in the audit trail");
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReportsEachBadOneWithLineColumnAndReason() throws Exception {
        String tag = tag();
        String csv = resource("csv/salesforce-bad-rows.csv").replace("0015g00000Ms9Z", tag + "-");
        ImportReport report = importing(csv, ImportMode.VALID_ONLY);
        assertTrue(report.isCommitted());
        assertEquals(7, report.getRowsRead());
        assertEquals(1, report.getCreated(), "Arkema");
        assertEquals(1, report.getUpdated(), "Arkema again, by the same CRM id");
        assertEquals(5, report.getRejected());
        assertProblem(report.getProblems().get(0), 3, "Account Name", RowProblem.NAME_MISSING);
        assertProblem(report.getProblems().get(1), 4, "Annual Revenue", RowProblem.NOT_A_NUMBER);
        assertProblem(report.getProblems().get(2), 5, "Billing Country", RowProblem.UNKNOWN_COUNTRY);
        assertProblem(report.getProblems().get(3), 6, "Annual Revenue", RowProblem.NEGATIVE);
        assertProblem(report.getProblems().get(4), 8, "Account Name", RowProblem.POSSIBLE_DUPLICATE);
        assertEquals("Michelin", report.getProblems().get(4).getArguments()[0]);

        List<Account> arkema = accountsTagged(tag + "-aAAJ");
        assertEquals(1, arkema.size());
        assertEquals("Arkema SA", arkema.get(0).getName(), "the later row updated the earlier one");
        assertEquals(1, accountsTagged(tag + "-%").size(), "no bad row went in");
        assertEquals(1L, em.createQuery("select count(a) from Account a where a.name = 'Michelin'", Long.class)
                .getSingleResult(), "Michelin is not duplicated");
        assertTrue(audited("account.imported", "created=1 updated=1 rejected=5"));
    }

    @Test
    void aNulByteInANameIsARowLevelReasonOnEveryDatabaseAndNothingOfTheRowIsStored() throws Exception {
        String tag = tag();
        String csv = HEADER + row(tag + "-N1", "Nul\u0000Name " + tag, "", "France", "10")
                + row(tag + "-N2", "Clean Name " + tag, "", "France", "20");
        ImportReport report = importing(csv, ImportMode.VALID_ONLY);
        assertTrue(report.isCommitted(), "the clean row goes in: a PostgreSQL commit does not fail on the NUL");
        assertEquals(1, report.getCreated());
        assertEquals(1, report.getRejected());
        RowProblem nul = report.getProblems().get(0);
        assertProblem(nul, 2, "Account Name", RowProblem.CONTROL_CHARACTER);
        assertEquals("U+0000", nul.getArguments()[0]);
        assertFalse(nul.getValue().contains("\u0000"), "the report shows the character, it does not carry it");
        assertEquals(List.of(tag + "-N2"), accountsTagged(tag + "-%").stream().map(Account::getCrmId).toList());
    }

    @Test
    void aBackgroundImportReportsItsProgressAndEndsWithItsReport() throws Exception {
        String tag = tag();
        int rows = 1_200;
        ImportJob job = asDirector.call(() -> {
            ImportJob started = jobs.open("background.csv");
            imports.run(started, LargeAccountFile.salesforce(tag, rows),
                    ImportSettings.of(CsvPreset.SALESFORCE, ImportMode.ALL_OR_NOTHING));
            return started;
        });
        long deadline = System.currentTimeMillis() + 120_000;
        while (!job.isFinished() && System.currentTimeMillis() < deadline) {
            assertTrue(job.getPercent() < 100, "100% only once committed");
            Thread.sleep(50);
        }
        assertTrue(job.isFinished());
        assertEquals(100, job.getPercent());
        assertNotNull(job.getReport(), "error: " + job.getErrorKey());
        assertTrue(job.getReport().isCommitted());
        assertEquals(rows, job.getReport().getCreated());
        assertEquals(rows, accountsTagged(tag + "-%").size());
        Account late = accountsTagged(LargeAccountFile.crmId(tag, 1_110)).get(0);
        assertEquals(LargeAccountFile.crmId(tag, 1_103), late.getParent().getCrmId(), "parent from another batch");
        Account early = accountsTagged(LargeAccountFile.crmId(tag, 0)).get(0);
        assertEquals(LargeAccountFile.crmId(tag, 3), early.getParent().getCrmId(), "parent later in the file");
        assertTrue(asDirector.call(() -> jobs.find(job.getId())).isPresent());
    }

    @Test
    void anImportsRunIsKeptInTheDatabaseSoThatAnyNodeFollowsItAndOneWhoseNodeStoppedSaysSo() throws Exception {
        String tag = tag();
        int rows = 1_200;
        ImportJob job = asDirector.call(() -> {
            ImportJob started = jobs.open("any-node.csv");
            imports.run(started, LargeAccountFile.salesforce(tag, rows),
                    ImportSettings.of(CsvPreset.SALESFORCE, ImportMode.VALID_ONLY));
            return started;
        });
        // What another node reads is the stored run, a new object each time, never this node's job.
        long deadline = System.currentTimeMillis() + 120_000;
        ImportJob stored = asDirector.call(() -> jobs.find(job.getId())).orElseThrow();
        while (!stored.isFinished() && System.currentTimeMillis() < deadline) {
            assertTrue(stored.getPercent() < 100, "100% only once committed");
            Thread.sleep(50);
            stored = asDirector.call(() -> jobs.find(job.getId())).orElseThrow();
        }
        assertNotSame(job, stored);
        assertTrue(stored.isFinished() && stored.getErrorKey() == null, "finished: " + stored.getErrorKey());
        assertEquals(100, stored.getPercent());
        assertTrue(stored.getReport().isCommitted());
        assertEquals(rows, stored.getReport().getCreated());
        try (Connection db = dataSource.getConnection(); PreparedStatement read = db.prepareStatement(
                "select total_steps, done_steps, finished from import_run where id = ?")) {
            read.setString(1, job.getId());
            try (ResultSet run = read.executeQuery()) {
                assertTrue(run.next());
                assertTrue(run.getInt(1) >= rows && run.getInt(2) == run.getInt(1) && run.getBoolean(3),
                        "the row says how far the import went");
            }
        }

        // A run of someone else's is not found; a run that stopped moving ten minutes ago lost its node.
        String director = job.getOwner();
        String others = storedRun("someone.else", false, Instant.now());
        String stopped = storedRun(director, false, Instant.now().minus(Duration.ofMinutes(11)));
        String moving = storedRun(director, false, Instant.now().minus(Duration.ofMinutes(2)));
        assertTrue(asDirector.call(() -> jobs.find(others)).isEmpty());
        ImportJob lost = asDirector.call(() -> jobs.find(stopped)).orElseThrow();
        assertTrue(lost.isFinished());
        assertEquals(ImportJobs.LOST, lost.getErrorKey());
        ImportJob running = asDirector.call(() -> jobs.find(moving)).orElseThrow();
        assertFalse(running.isFinished());
        assertEquals(40, running.getPercent());
    }

    /** A run as another node would have written it: 40 of 100 steps done, last moved at {@code updated}. */
    private String storedRun(String owner, boolean finished, Instant updated) throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "insert into import_run (id, owner_name, file_name, started_at, updated_at, total_steps, done_steps, "
                        + "finished) values (?, ?, 'elsewhere.csv', ?, ?, 100, 40, ?)")) {
            insert.setString(1, id);
            insert.setString(2, owner);
            insert.setTimestamp(3, Timestamp.from(updated.minus(Duration.ofMinutes(1))));
            insert.setTimestamp(4, Timestamp.from(updated));
            insert.setBoolean(5, finished);
            insert.executeUpdate();
        }
        return id;
    }

    @Test
    void onlyTheKaDirectorMayImport() {
        byte[] csv = (HEADER + row("x", "Nobody", "", "France", "1")).getBytes(StandardCharsets.UTF_8);
        assertThrows(EJBAccessException.class, () -> imports.preview(csv,
                ImportSettings.of(CsvPreset.SALESFORCE, ImportMode.VALID_ONLY), "x.csv"));
    }

    @Test
    @RunAsClient
    void aKamAndHrGet403FromTheImportApi() throws Exception {
        byte[] csv = (HEADER + row("x", "Nobody", "", "France", "1")).getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("emma.kam", "lucas.kam", "hana.hr")) {
            HttpResponse<String> refused = post(user, "preset=salesforce&mode=validOnly", csv, "en");
            problem(refused, 403);
        }
    }

    @Test
    @RunAsClient
    void theDirectorImportsOverHttpAndAFrenchCallerReadsFrenchReasons() throws Exception {
        byte[] bad = Files.readAllBytes(new File(CSV + "salesforce-bad-rows.csv").toPath());
        HttpResponse<String> french = post("david.kad", "preset=salesforce&mode=allOrNothing&dryRun=true", bad,
                "fr-FR,fr;q=0.9");
        JsonObject dryRun = ok(french);
        assertTrue(dryRun.getBoolean("dryRun"), french.body());
        List<JsonObject> problems = dryRun.getJsonArray("problems").getValuesAs(JsonObject.class);
        List<String> reasons = strings(dryRun.getJsonArray("problems"), "reason");
        assertTrue(reasons.stream().anyMatch(r -> r.contains("Pays inconnu « Atlantis »")), french.body());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("« about 4 billion » n’est pas un nombre.")),
                french.body());
        assertTrue(problems.stream().anyMatch(problem -> problem.getInt("line") == 5
                        && "Billing Country".equals(problem.getString("column", null))
                        && problem.getString("reason", "").contains("Pays inconnu")),
                "line 5 is reported with its column and a French reason: " + french.body());

        HttpResponse<String> refused = post("david.kad", "preset=salesforce&mode=allOrNothing", bad, "en");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject report = object(refused.body());
        assertTrue(strings(report.getJsonArray("problems"), "reason").stream()
                .anyMatch(r -> r.contains("Unknown country “Atlantis”")), refused.body());
        assertFalse(report.getBoolean("committed"), refused.body());

        String tag = tag();
        byte[] good = (HEADER + row(tag + "-H1", "Http Import " + tag, "", "Italy", "1.234,50"))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = post("david.kad", "preset=salesforce&mode=validOnly", good, "en");
        JsonObject done = ok(imported);
        assertEquals(1, done.getInt("created"), imported.body());
        assertTrue(strings(done.getJsonArray("preview"), "country").contains("IT"), imported.body());

        assertEquals(400, post("david.kad", "preset=hubspot", good, "en").statusCode());
    }

    @Test
    @RunAsClient
    void theImportPageIsTheKaDirectorsAlone() throws Exception {
        Browserless emma = signedIn(base, "emma.kam");
        assertEquals(403, emma.get("accounts/import.xhtml").statusCode());
        assertFalse(emma.get("index.xhtml").body().contains("menu:importAccounts"));

        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> page = david.get("accounts/import.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("multipart/form-data"));
        assertTrue(page.body().contains("Salesforce (account export)"));
        assertTrue(page.body().contains("menu:importAccounts"));
    }

    private ImportReport importing(String csv, ImportMode mode) throws Exception {
        return asDirector.call(() -> imports.importAccounts(csv.getBytes(StandardCharsets.UTF_8),
                ImportSettings.of(CsvPreset.SALESFORCE, mode), "test.csv"));
    }

    private List<Account> accountsTagged(String crmIdPattern) {
        em.clear();
        return em.createQuery("select a from Account a where a.crmId like :tag order by a.id", Account.class)
                .setParameter("tag", crmIdPattern).getResultList();
    }

    private boolean audited(String action, String detail) {
        return em.createQuery("select e from AuditEntry e where e.action = :action", AuditEntry.class)
                .setParameter("action", action).getResultList().stream()
                .anyMatch(e -> e.getDetail().contains(detail) && e.getActor().equals("david.kad"));
    }

    private static void assertProblem(RowProblem problem, int line, String column, String reason) {
        assertEquals(line, problem.getLine(), problem.toString());
        assertEquals(column, problem.getColumn(), problem.toString());
        assertEquals(reason, problem.getReasonKey(), problem.toString());
    }

    private static String row(String crmId, String name, String parent, String country, String revenue) {
        return String.join(",", List.of(crmId, name, parent, country, revenue).stream()
                .map(cell -> "\"" + cell + "\"").toList()) + "\r\n";
    }

    private static String tag() {
        return "IT" + Long.toString(System.nanoTime(), 36);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = AccountImportIT.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String user, String query, byte[] csv, String language)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(new Browserless(base).uri("api/accounts/import?" + query))
                .header("Authorization", "Basic " + token).header("Content-Type", "text/csv")
                .header("Accept-Language", language).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
