package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.congruence.AccountDocuments;
import com.kamplanner.congruence.ComplianceByKam;
import com.kamplanner.congruence.CongruenceBoard;
import com.kamplanner.congruence.CongruenceLine;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.congruence.KamCompliance;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.segmentation.AssignmentService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The KA Director's congruence board and compliance by KAM in a real Payara Micro with the demo company: the
 * rules and the fix of a line inside the container, the table against the modules' own rules, then the pages,
 * the API and the exports over HTTP, open to the KA Director and to no one else.
 */
@ExtendWith(ArquillianExtension.class)
class CongruenceIT {

    private static final List<String> REFUSED = List.of("claire.exec", "emma.kam", "hana.hr", "tom.team");
    private static final List<String> PAGES = List.of("programme/congruence.xhtml", "programme/compliance.xhtml");
    private static final List<String> ENDPOINTS = List.of("api/programme/congruence", "api/programme/compliance",
            "api/programme/congruence/xlsx", "api/programme/compliance/xlsx");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(CongruenceIT.class, LibreOffice.class);
    }

    @EJB
    CongruenceBoard board;

    @EJB
    ComplianceByKam compliance;

    @EJB
    AssignmentService assignments;

    @Inject
    AsDirector asDirector;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsKam asKam;

    @Inject
    AsHr asHr;

    @Inject
    AsTeamMember asTeamMember;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    // ---- inside the container ----

    @Test
    void assigningTheSponsorRemovesTheLineOfAStrategicAccountWithoutOne() throws Exception {
        long rollsRoyce = accountId("Rolls-Royce Civil");
        assertTrue(sponsorLines().contains(rollsRoyce), "the demo's Strategic account without a sponsor has a line");
        long before = asDirector.call(() -> board.counts().get(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR));
        long claire = em.createQuery("select u.id from AppUser u where u.username = 'claire.exec'", Long.class)
                .getSingleResult();

        asDirector.call(() -> assignments.setSponsor(rollsRoyce, claire));
        try {
            assertFalse(sponsorLines().contains(rollsRoyce), "the line is gone once the sponsor is set");
            assertEquals(before - 1, asDirector.call(() -> board.counts().get(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR)));
        } finally {
            asDirector.call(() -> assignments.setSponsor(rollsRoyce, null));
        }
        assertTrue(sponsorLines().contains(rollsRoyce), "and back when the sponsor is taken away");
    }

    @Test
    void theDemoShowsLinesOfSeveralRulesAndPagesAddUpToTheCounts() throws Exception {
        Map<CongruenceRule, Long> counts = asDirector.call(() -> board.counts());
        assertTrue(counts.values().stream().filter(n -> n > 0).count() >= 3, counts.toString());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<CongruenceLine> all = asDirector.call(() -> board.lines(null, 0, 1000));
        assertEquals(total, all.size());
        List<CongruenceLine> second = asDirector.call(() -> board.lines(null, 2, 3));
        assertEquals(all.subList(2, 5).stream().map(CongruenceLine::getKey).toList(),
                second.stream().map(CongruenceLine::getKey).toList());
        for (CongruenceRule rule : CongruenceRule.values()) {
            assertEquals(counts.get(rule), asDirector.call(() -> board.count(rule)), rule.name());
        }
    }

    @Test
    void onlyTheDirectorMayReadTheBoardsInTheServices() throws Exception {
        for (Callable<Object> as : List.<Callable<Object>>of(
                () -> asExecutive.call(() -> board.counts()), () -> asKam.call(() -> board.lines(null, 0, 10)),
                () -> asHr.call(() -> compliance.table()), () -> asTeamMember.call(() -> board.count(null)),
                () -> asExecutive.call(() -> compliance.table()), () -> asKam.call(() -> compliance.table()))) {
            assertThrows(EJBAccessException.class, as::call);
        }
    }

    @Test
    void theComplianceTableAgreesWithEachModulesOwnRulesAccountByAccount() throws Exception {
        List<KamCompliance> table = asDirector.call(() -> compliance.table());
        assertTrue(table.stream().anyMatch(k -> k.getKamName().startsWith("Emma") && k.getAccounts() > 0));
        for (KamCompliance kam : table) {
            List<AccountDocuments> accounts = asDirector.call(() -> compliance.accountsOf(kam.getKamId(), Locale.ENGLISH));
            assertEquals(kam.getAccounts(), accounts.size(), kam.getKamName());
            assertEquals(kam.getDatabaseMet(), accounts.stream().filter(AccountDocuments::isDatabaseMet).count(),
                    "database of " + kam.getKamName() + ": " + describe(accounts));
            assertEquals(kam.getStrategyMet(), accounts.stream().filter(AccountDocuments::isStrategyMet).count(),
                    "strategy of " + kam.getKamName() + ": " + describe(accounts));
            assertEquals(kam.getPlanMet(), accounts.stream().filter(AccountDocuments::isPlanMet).count(),
                    "plan of " + kam.getKamName());
        }
    }

    private static String describe(List<AccountDocuments> accounts) {
        return accounts.stream().map(a -> a.getAccountName() + " db " + a.getDatabaseCompleteness() + "/"
                + a.getDatabaseMinimum() + " strategy issues " + a.getStrategyIssues()).toList().toString();
    }

    private List<Long> sponsorLines() throws Exception {
        return asDirector.call(() -> board.lines(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR, 0, 1000)).stream()
                .map(CongruenceLine::getSubjectId).toList();
    }

    private long accountId(String name) {
        return em.createQuery("select a.id from Account a where a.name = :name", Long.class).setParameter("name", name)
                .getSingleResult();
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void theDirectorOpensBothPagesWithTheirLinesAndTheRuleFilter() throws Exception {
        Browserless director = signedIn(base, "david.kad");
        HttpResponse<String> board = director.get("programme/congruence.xhtml");
        assertEquals(200, board.statusCode());
        assertTrue(board.body().contains("id=\"congruence:lines\""), "the lines table");
        assertTrue(board.body().contains("kam-rule-ACCOUNT_WITHOUT_") && board.body().contains("kam-fix"),
                "lines with their fix links");

        HttpResponse<String> filtered = director.get("programme/congruence.xhtml?rule=ACCOUNT_WITHOUT_SPONSOR");
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains("kam-rule-ACCOUNT_WITHOUT_SPONSOR"));
        assertFalse(filtered.body().contains("kam-rule-ACCOUNT_WITHOUT_TEAM"), "only the chosen rule");

        HttpResponse<String> bad = director.get("programme/congruence.xhtml?rule=NO_SUCH_RULE");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Unknown rule"), "a message for an unknown rule");

        HttpResponse<String> table = director.get("programme/compliance.xhtml");
        assertEquals(200, table.statusCode());
        assertTrue(table.body().contains("compliance:kams") && table.body().contains(" / "), "KAMs with n / N");
    }

    @Test
    @RunAsClient
    void everyoneButTheDirectorIsRefusedEveryPageAndEndpoint() throws Exception {
        for (String user : REFUSED) {
            Browserless browser = new Browserless(base);
            browser.login(user, DEMO_PASSWORD);
            for (String page : PAGES) {
                assertEquals(403, browser.get(page).statusCode(), user + " " + page);
            }
            for (String endpoint : ENDPOINTS) {
                assertEquals(403, browser.getWithBasic(endpoint, user, DEMO_PASSWORD).statusCode(), user + " " + endpoint);
            }
        }
        Browserless anonymous = new Browserless(base);
        for (String page : PAGES) {
            HttpResponse<String> answer = anonymous.get(page);
            assertTrue(answer.statusCode() == 302 || answer.body().contains("login:username"), page + " asks a login");
        }
        assertEquals(401, anonymous.get("api/programme/congruence").statusCode());
    }

    @Test
    @RunAsClient
    void theApiPagesFiltersAndRefusesAnUnknownRuleInBothLanguages() throws Exception {
        Browserless client = new Browserless(base);
        String all = ok(client.getWithBasic("api/programme/congruence?limit=1000", "david.kad", DEMO_PASSWORD));
        List<String> links = values(all, "link");
        assertEquals(number(all, "total"), links.size());
        String sponsors = ok(client.getWithBasic("api/programme/congruence?rule=ACCOUNT_WITHOUT_SPONSOR",
                "david.kad", DEMO_PASSWORD));
        assertTrue(values(sponsors, "rule").stream().allMatch(r -> r.equals("ACCOUNT_WITHOUT_SPONSOR")),
                "only the rule asked for, as the filter and on every line");
        assertTrue(values(sponsors, "subject").contains("Rolls-Royce Civil"), sponsors);
        assertTrue(values(sponsors, "link").stream().allMatch(l -> l.startsWith("/accounts/account.xhtml?id=")));
        String page = ok(client.getWithBasic("api/programme/congruence?offset=1&limit=2", "david.kad", DEMO_PASSWORD));
        assertEquals(links.subList(1, 3), values(page, "link"));

        HttpResponse<String> english = withBasic(client, "api/programme/congruence?rule=bogus", "en");
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("Unknown rule") && english.body().contains("ACCOUNT_WITHOUT_SPONSOR"),
                english.body());
        HttpResponse<String> french = withBasic(client, "api/programme/congruence?rule=bogus", "fr");
        assertEquals(400, french.statusCode());
        assertTrue(french.body().contains("inconnue"), french.body());
        assertEquals(400, withBasic(client, "api/programme/congruence?limit=0", "en").statusCode());

        String kams = ok(client.getWithBasic("api/programme/compliance", "david.kad", DEMO_PASSWORD));
        assertTrue(values(kams, "kamName").stream().anyMatch(k -> k.startsWith("Emma")), kams);
    }

    @Test
    @RunAsClient
    void everyLinkOfTheBoardOpensForTheDirector() throws Exception {
        Browserless client = new Browserless(base);
        Set<String> links = new TreeSet<>(values(ok(client.getWithBasic("api/programme/congruence?limit=1000",
                "david.kad", DEMO_PASSWORD)), "link"));
        assertTrue(links.size() >= 3, links.toString());
        Browserless director = signedIn(base, "david.kad");
        for (String link : links) {
            HttpResponse<String> page = director.get(link.substring(1));
            assertEquals(200, page.statusCode(), link);
        }
    }

    @Test
    @RunAsClient
    void bothBoardsExportToAWorkbookThatOpensInPoiAndLibreOffice() throws Exception {
        Browserless client = new Browserless(base);
        HttpResponse<byte[]> congruence = client.getBytesWithBasic("api/programme/congruence/xlsx", "david.kad",
                DEMO_PASSWORD, "fr");
        assertEquals(200, congruence.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(congruence.body()))) {
            assertEquals("Synthèse", book.getSheetAt(0).getSheetName());
            Sheet lines = book.getSheetAt(1);
            assertEquals("Règle", lines.getRow(0).getCell(0).getStringCellValue());
            assertTrue(text(lines).contains("Rolls-Royce Civil"), "the sponsor line, in French");
            assertTrue(text(lines).contains("parrain exécutif"));
        }
        HttpResponse<byte[]> kams = client.getBytesWithBasic("api/programme/compliance/xlsx", "david.kad", DEMO_PASSWORD,
                "en");
        assertEquals(200, kams.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(kams.body()))) {
            assertEquals("KAM", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(text(book.getSheetAt(0)).contains("Emma"));
        }
        if (LibreOffice.available()) {
            Path dir = Files.createTempDirectory("programme-exports");
            Path one = Files.write(dir.resolve("congruence.xlsx"), congruence.body());
            Path two = Files.write(dir.resolve("compliance.xlsx"), kams.body());
            String first = LibreOffice.pdfText(LibreOffice.convertToPdf(one));
            assertTrue(first.contains("Rolls-Royce") && first.contains("parrain"), first);
            String second = LibreOffice.pdfText(LibreOffice.convertToPdf(two));
            assertTrue(second.contains("Emma"), second);
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append(' ')));
        return all.toString();
    }

    private static HttpResponse<String> withBasic(Browserless client, String path, String language) throws Exception {
        String token = java.util.Base64.getEncoder().encodeToString(("david.kad:" + DEMO_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(client.uri(path))
                .header("Authorization", "Basic " + token).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Every value of a string field in a JSON text (the client side has no JSON provider). */
    private static List<String> values(String json, String field) {
        List<String> values = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
