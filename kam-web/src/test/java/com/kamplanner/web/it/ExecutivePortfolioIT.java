package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.executive.ExecutiveExports;
import com.kamplanner.executive.ExecutivePeople;
import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.InvestmentBoard;
import com.kamplanner.executive.InvestmentCategory;
import com.kamplanner.executive.InvestmentLine;
import com.kamplanner.executive.InvestmentStatus;
import com.kamplanner.executive.KamRevenue;
import com.kamplanner.executive.PeopleFigures;
import com.kamplanner.executive.PortfolioGlance;
import com.kamplanner.executive.SegmentFigures;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.api.ConstraintViolationMapper;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
 * The executive's portfolio at a glance, investments and people figures in a real Payara Micro with the demo
 * company: the roll-ups as each role, the investment rules (only an executive approves, a changed approved
 * budget is proposed again, negative amounts refused in both languages, concurrent edits refused), the exports
 * reopened and converted, and every page and download over HTTP for the roles that may and may not open them.
 */
@ExtendWith(ArquillianExtension.class)
class ExecutivePortfolioIT {

    private static final List<String> KAM_NAMES = List.of("Emma Laurent", "Lucas Girard", "Sofia Rossi",
            "Hugo Martin", "emma.kam", "lucas.kam", "sofia.kam", "hugo.kam");
    private static final List<String> PAGES = List.of("executive/portfolio.xhtml", "executive/investments.xhtml",
            "executive/people.xhtml");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ExecutivePortfolioIT.class, LibreOffice.class);
    }

    @EJB
    ExecutivePortfolio portfolio;

    @EJB
    InvestmentBoard board;

    @EJB
    ExecutivePeople people;

    @EJB
    ExecutiveExports exports;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsDirector asDirector;

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
    void theGlanceRollsUpTheDemosRevenueObjectivesAndPlansPerSegmentAndKam() throws Exception {
        PortfolioGlance glance = asExecutive.call(() -> portfolio.glance());
        assertTrue(glance.getKeyAccounts() >= 10, "the demo's key accounts: " + glance.getKeyAccounts());
        SegmentFigures strategic = glance.segments().stream().filter(s -> s.segment() == Quadrant.STRATEGIC)
                .findFirst().orElseThrow();
        assertTrue(strategic.plansApproved() >= 2, "Airbus Helicopters and Schneider Electric are approved");
        assertTrue(strategic.plansStale() >= 1, "Schneider Electric's plan is past its 3-month review");
        assertTrue(strategic.plansMissing() >= 1, "Rolls-Royce Civil has no plan");
        assertTrue(strategic.revenueTarget().compareTo(new BigDecimal("100000000")) >= 0, strategic.toString());
        Map<String, KamRevenue> kams = new java.util.HashMap<>();
        glance.kams().forEach(k -> kams.put(k.kamName(), k));
        KamRevenue emma = kams.get("Emma Laurent");
        assertNotNull(emma, glance.kams().toString());
        assertEquals(0, new BigDecimal("24000000").compareTo(emma.revenueTarget()), emma.toString());
        assertEquals(0, new BigDecimal("18400000").compareTo(emma.revenueActual()), "the latest actual, not a sum");
        assertEquals(77, emma.getAttainment());
        assertTrue(kams.containsKey("Hugo Martin") && kams.containsKey("Sofia Rossi") && kams.containsKey("Lucas Girard"));
        assertEquals(0, new BigDecimal("79900000").compareTo(asDirector.call(() -> portfolio.revenueByYear())
                .get(2025)), "2025: the four revenue objectives' year-end actuals");
        assertEquals(glance.getKeyAccounts(), asDirector.call(() -> portfolio.glance()).getKeyAccounts());

        assertDenied(() -> asKam.call(() -> portfolio.glance()));
        assertDenied(() -> asTeamMember.call(() -> portfolio.glance()));
        assertDenied(() -> asHr.call(() -> portfolio.glance()));
    }

    @Test
    void onlyAnExecutiveApprovesAndAChangedApprovedBudgetIsProposedAgain() throws Exception {
        InvestmentLine proposed = asDirector.call(() -> board.save(new InvestmentLine(InvestmentCategory.TRAINING,
                "Negotiation course " + System.nanoTime(), 2026, new BigDecimal("25000"), BigDecimal.ZERO)));
        assertEquals(InvestmentStatus.PROPOSED, proposed.getStatus());
        assertEquals("david.kad", proposed.getProposedBy());

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> asDirector.call(() -> board.approve(proposed.getId(), proposed.getVersion())));
        assertEquals(InvestmentBoard.EXECUTIVE_APPROVES, refused.messageKey());
        assertEquals("Only an executive approves an investment line.", BusinessErrors.text(refused, Locale.ENGLISH));
        assertEquals("Seul un dirigeant approuve une ligne d’investissement.",
                BusinessErrors.text(refused, Locale.FRENCH));

        InvestmentLine approved = asExecutive.call(() -> board.approve(proposed.getId(), proposed.getVersion()));
        assertEquals(InvestmentStatus.APPROVED, approved.getStatus());
        assertEquals("claire.exec", approved.getApprovedBy());

        InvestmentLine spent = asDirector.call(() -> board.find(proposed.getId()));
        spent.setActual(new BigDecimal("12000"));
        InvestmentLine stillApproved = asDirector.call(() -> board.save(spent));
        assertEquals(InvestmentStatus.APPROVED, stillApproved.getStatus(), "an actual spent keeps the approval");
        InvestmentLine raised = asDirector.call(() -> board.find(proposed.getId()));
        raised.setBudget(new BigDecimal("30000"));
        InvestmentLine reopened = asDirector.call(() -> board.save(raised));
        assertEquals(InvestmentStatus.PROPOSED, reopened.getStatus(), "a changed budget is approved again");
        assertEquals(Long.valueOf(1), em.createQuery("select count(e) from AuditEntry e where e.action = "
                + "'investment.reopened' and e.subjectId = :id", Long.class)
                .setParameter("id", String.valueOf(proposed.getId())).getSingleResult());

        assertDenied(() -> asKam.call(() -> board.lines()));
        assertDenied(() -> asHr.call(() -> board.lines()));
        assertDenied(() -> asTeamMember.call(() -> board.approve(proposed.getId(), reopened.getVersion())));
    }

    @Test
    void aConcurrentEditGetsTheStaleEditMessage() throws Exception {
        InvestmentLine line = asDirector.call(() -> board.save(new InvestmentLine(InvestmentCategory.TOOLS,
                "Dashboard licences " + System.nanoTime(), 2026, new BigDecimal("8000"), BigDecimal.ZERO)));
        InvestmentLine mine = asDirector.call(() -> board.find(line.getId()));
        InvestmentLine theirs = asExecutive.call(() -> board.find(line.getId()));
        mine.setActual(new BigDecimal("1000"));
        asDirector.call(() -> board.save(mine));
        theirs.setBudget(new BigDecimal("9000"));
        StaleEditException stale = assertThrows(StaleEditException.class, () -> asExecutive.call(
                () -> board.save(theirs)));
        assertTrue(BusinessErrors.text(stale, Locale.ENGLISH).startsWith("Someone else saved this record"));
        assertThrows(StaleEditException.class, () -> asExecutive.call(() -> board.approve(line.getId(),
                line.getVersion())));
    }

    @Test
    void aNegativeBudgetIsRefusedWithAMessageInEnglishAndFrench() throws Exception {
        Throwable thrown = assertThrows(Throwable.class, () -> asDirector.call(() -> board.save(new InvestmentLine(
                InvestmentCategory.TOOLS, "Negative", 2026, new BigDecimal("-1"), BigDecimal.ZERO))));
        ConstraintViolationException invalid = violation(thrown);
        ConstraintViolation<?> budget = invalid.getConstraintViolations().stream()
                .filter(v -> v.getPropertyPath().toString().endsWith("budget")).findFirst().orElseThrow();
        assertEquals("Budget and actual are amounts in EUR of zero or more.", interpolate(budget, Locale.ENGLISH));
        assertEquals("Le budget et le réel sont des montants en EUR positifs ou nuls.",
                interpolate(budget, Locale.FRENCH));
        assertThrows(Throwable.class, () -> asDirector.call(() -> board.save(new InvestmentLine(
                InvestmentCategory.TOOLS, "Far future", 2300, BigDecimal.ONE, BigDecimal.ZERO))));
        assertEquals(0L, em.createQuery("select count(l) from InvestmentLine l where l.label in "
                + "('Negative', 'Far future')", Long.class).getSingleResult());
    }

    @Test
    void thePeopleFiguresCarryCountsAndAveragesOnly() throws Exception {
        PeopleFigures figures = asHr.call(() -> people.figures(Locale.ENGLISH));
        assertTrue(figures.getKamHeadcount() >= 4);
        assertTrue(figures.getMaxAccounts() >= figures.getMinAccounts());
        assertEquals(4, figures.getAreas().size(), "Selling, Managing, Leading, Strategic thinking");
        assertTrue(figures.getAreas().stream().allMatch(a -> a.target() != null), figures.getAreas().toString());
        String everything = figures.toString();
        KAM_NAMES.forEach(name -> assertFalse(everything.contains(name), name));
        assertNotNull(asExecutive.call(() -> people.figures(Locale.FRENCH)));
        assertDenied(() -> asKam.call(() -> people.figures(Locale.ENGLISH)));
        assertDenied(() -> asTeamMember.call(() -> people.figures(Locale.ENGLISH)));
    }

    @Test
    void theExportsReopenAndConvert() throws Exception {
        Function<String, String> english = key -> Bundle.text(Locale.ENGLISH, key);
        Function<String, String> french = key -> Bundle.text(Locale.FRENCH, key);
        Path dir = Files.createTempDirectory("executive-exports");

        byte[] pdf = asExecutive.call(() -> exports.portfolioPdf(Locale.ENGLISH, english)).bytes();
        String text = LibreOffice.pdfText(Files.write(dir.resolve("portfolio.pdf"), pdf));
        assertTrue(text.contains("Portfolio at a glance") && text.contains("Emma Laurent")
                && text.contains("Revenue target"), text);
        assertTrue(LibreOffice.pdfText(Files.write(dir.resolve("portefeuille.pdf"),
                asDirector.call(() -> exports.portfolioPdf(Locale.FRENCH, french)).bytes())).contains("Le portefeuille d’un coup d’œil"));

        byte[] portfolioXlsx = asDirector.call(() -> exports.portfolioXlsx(Locale.ENGLISH, english)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(portfolioXlsx))) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet segments = book.getSheetAt(0);
            assertEquals("Segment", segments.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Strategic", segments.getRow(1).getCell(0).getStringCellValue());
            assertTrue(segments.getRow(1).getCell(5).getNumericCellValue() >= 100000000);
        }
        convert(dir, "portfolio.xlsx", portfolioXlsx);

        byte[] investmentsXlsx = asExecutive.call(() -> exports.investmentsXlsx(english)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(investmentsXlsx))) {
            assertEquals("Year", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getSheetAt(0).getLastRowNum() >= 9, "the demo's nine lines at least");
            assertEquals(2024, (int) book.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue());
        }
        convert(dir, "investments.xlsx", investmentsXlsx);

        byte[] peopleXlsx = asHr.call(() -> exports.peopleXlsx(Locale.FRENCH, french)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(peopleXlsx))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("Effectif de KAM", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            StringBuilder all = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell).append(' '))));
            KAM_NAMES.forEach(name -> assertFalse(all.toString().contains(name), name));
        }
        convert(dir, "people.xlsx", peopleXlsx);

        assertDenied(() -> asHr.call(() -> exports.portfolioPdf(Locale.ENGLISH, english)));
        assertDenied(() -> asKam.call(() -> exports.peopleXlsx(Locale.ENGLISH, english)));
        assertDenied(() -> asTeamMember.call(() -> exports.investmentsXlsx(english)));
        assertTrue(em.createQuery("select count(e) from AuditEntry e where e.action = 'executive.portfolio.exported' "
                + "and e.subjectId = 'executive.portfolio' and e.detail = 'pdf'", Long.class)
                .getSingleResult() >= 2);
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void executivesAndTheDirectorOpenThePagesAndTheDownloads() throws Exception {
        for (String user : List.of("claire.exec", "david.kad")) {
            Browserless client = signedIn(base, user);
            for (String page : PAGES) {
                assertEquals(200, client.get(page).statusCode(), user + " " + page);
            }
            HttpResponse<String> portfolioPage = client.get("executive/portfolio.xhtml");
            assertTrue(portfolioPage.body().contains("Emma Laurent") && portfolioPage.body().contains("id=\"segments\""),
                    portfolioPage.body());
            HttpResponse<String> investments = client.get("executive/investments.xhtml");
            assertTrue(investments.body().contains("Key account team coordinator"), investments.body());
            String body = investments.body();
            int at = body.indexOf("Key account team coordinator");
            assertEquals(user.equals("claire.exec"), body.contains(":approve\""), () -> "only an executive sees "
                    + "Approve: " + body.substring(at, Math.min(body.length(), at + 2500)));
            HttpResponse<String> pdf = client.get("executive/export?what=portfolio&format=pdf");
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.body().startsWith("%PDF"));
            for (String xlsx : List.of("executive/export?what=portfolio&format=xlsx",
                    "executive/export?what=investments&format=xlsx", "executive/people-export")) {
                HttpResponse<String> file = client.get(xlsx);
                assertEquals(200, file.statusCode(), xlsx);
                assertTrue(file.body().startsWith("PK"), xlsx);
            }
            assertEquals(404, client.get("executive/export?what=people&format=pdf").statusCode());
        }
    }

    @Test
    @RunAsClient
    void theDirectorProposesALineOnThePageAndANegativeBudgetIsRefusedThere() throws Exception {
        Browserless david = signedIn(base, "david.kad");
        String label = "Page proposal " + System.nanoTime();
        HttpResponse<String> refused = david.post("executive/investments.xhtml", lineForm(
                david.get("executive/investments.xhtml").body(), label, "-5"));
        assertTrue(refused.body().contains("Budget and actual are amounts in EUR of zero or more."), refused.body());
        assertFalse(refused.body().contains("Investment line saved."));
        HttpResponse<String> saved = david.post("executive/investments.xhtml", lineForm(
                david.get("executive/investments.xhtml").body(), label, "5000"));
        assertTrue(saved.body().contains("Investment line saved.") && saved.body().contains(label), saved.body());
    }

    private static Map<String, String> lineForm(String page, String label, String budget) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("investments", "investments");
        form.put("investments:category_input", "TRAINING");
        form.put("investments:label", label);
        form.put("investments:year_hinput", "2026");
        form.put("investments:budget_hinput", budget);
        form.put("investments:actual_hinput", "0");
        form.put("investments:save", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        return form;
    }

    @Test
    @RunAsClient
    void hrOpensThePeopleFiguresOnlyAndTheyNameNoKam() throws Exception {
        Browserless hana = signedIn(base, "hana.hr");
        HttpResponse<String> page = hana.get("executive/people.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("KAM headcount") && page.body().contains("id=\"areas\""), page.body());
        KAM_NAMES.forEach(name -> assertFalse(page.body().contains(name), name + " on the people page"));
        assertEquals(200, hana.get("executive/people-export").statusCode());
        assertEquals(403, hana.get("executive/portfolio.xhtml").statusCode());
        assertEquals(403, hana.get("executive/investments.xhtml").statusCode());
        assertEquals(403, hana.get("executive/export?what=portfolio&format=pdf").statusCode());
        assertEquals(403, hana.get("executive/export?what=investments&format=xlsx").statusCode());

        Browserless claire = signedIn(base, "claire.exec");
        HttpResponse<String> asExecutivePage = claire.get("executive/people.xhtml");
        KAM_NAMES.forEach(name -> assertFalse(asExecutivePage.body().contains(name), name + " for the executive"));
    }

    @Test
    @RunAsClient
    void kamsAndTeamMembersGet403EverywhereAndStrangersTheLoginPage() throws Exception {
        for (String user : List.of("emma.kam", "tom.team")) {
            Browserless client = signedIn(base, user);
            for (String page : PAGES) {
                assertEquals(403, client.get(page).statusCode(), user + " " + page);
            }
            assertEquals(403, client.get("executive/export?what=portfolio&format=pdf").statusCode(), user);
            assertEquals(403, client.get("executive/export?what=investments&format=xlsx").statusCode(), user);
            assertEquals(403, client.get("executive/people-export").statusCode(), user);
        }
        Browserless stranger = new Browserless(base);
        for (String page : PAGES) {
            HttpResponse<String> answer = stranger.get(page);
            assertTrue(answer.statusCode() == 302 || answer.body().contains("login"), page);
            assertFalse(answer.body().contains("Emma Laurent"), page);
        }
    }

    // ---- helpers ----

    /** Converts with LibreOffice when it is installed (required where KAM_OFFICE_REQUIRED=true). */
    private static void convert(Path dir, String name, byte[] xlsx) throws Exception {
        if (!LibreOffice.available()) {
            return;
        }
        Path pdf = LibreOffice.convertToPdf(Files.write(dir.resolve(name), xlsx));
        assertFalse(LibreOffice.pdfText(pdf).isBlank(), name + " converted to an empty PDF");
    }

    private static ConstraintViolationException violation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                return c;
            }
        }
        throw new AssertionError("expected a constraint violation, got " + thrown, thrown);
    }

    /** The message as the API gives it to a reader of that language. */
    private static String interpolate(ConstraintViolation<?> violation, Locale locale) {
        return ConstraintViolationMapper.message(violation, locale);
    }
}
