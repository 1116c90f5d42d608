package com.kamplanner.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateSection;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The DOCX and XLSX exports, opened again with POI: title page, one heading per part, tables for the table fields,
 * and the workbook's sheets. When LibreOffice is installed, both are also converted to PDF to prove that office
 * software opens them.
 */
class DatabaseExportTest {

    private static final Map<String, String> TEXTS = Map.of("situation.export.title", "Key Account Database",
            "situation.stakeholders.title", "Stakeholder map", "stakeholder.name", "Name",
            "stakeholder.role.DECISION_MAKER", "Decision maker", "stakeholder.attitude.OPPONENT", "Opponent",
            "coverage.title", "Relationship coverage", "coverage.gaps", "Gaps", "relationship.strength.TRUSTED",
            "Trusted", "coverage.gap.SINGLE_OWNER", "Single owner", "coverage.gap.STALE", "Stale");

    @Test
    void theWordExportIsLaidOutLikeTheTemplate() throws Exception {
        byte[] docx = DatabaseExport.docx(view(), stakeholders(), Locale.ENGLISH, k -> TEXTS.getOrDefault(k, k));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings1 = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings1.add(p.getText());
                }
            }
            assertEquals(List.of("1. The customer and its strategy",
                    "2. Needs, expectations, purchasing strategy and processes", "3. Relationship history",
                    "4. Competition", "Stakeholder map"), headings1);
            assertEquals("Key Account Database", doc.getParagraphs().get(0).getText());
            assertEquals("Export Test Aerospace", doc.getParagraphs().get(1).getText());
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Sells satellites"), "rich text as plain text");
            assertFalse(text.contains("<p>"));
            XWPFTable revenue = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Year")
                            && t.getRow(0).getCell(1).getText().equals("Revenue") && t.getNumberOfRows() == 3)
                    .findFirst().orElseThrow();
            assertEquals("2024", revenue.getRow(1).getCell(0).getText());
            assertEquals("€3,250,000", revenue.getRow(1).getCell(1).getText(), "money in the account's currency");
            XWPFTable offerings = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Offering")).findFirst().orElseThrow();
            assertEquals("Bottleneck", offerings.getRow(1).getCell(1).getText(), "choices by their label");
            XWPFTable contacts = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals("Anne Chef", contacts.getRow(1).getCell(0).getText());
            assertEquals("Decision maker", contacts.getRow(1).getCell(2).getText());
        }
        convertsToPdf(docx, "docx", "Export Test Aerospace");
    }

    @Test
    void theExcelExportHoldsRevenueCompetitorsStakeholdersAndBuyingCriteria() throws Exception {
        byte[] xlsx = DatabaseExport.xlsx(view(), stakeholders(), coverage(), Locale.ENGLISH,
                k -> TEXTS.getOrDefault(k, k));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Set<String> names = new java.util.HashSet<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(Set.of("Our revenue by year", "Competitors at this account",
                    "Buying criteria and weights", "Stakeholder map", "Relationship coverage"), names);
            Sheet revenue = book.getSheet("Our revenue by year");
            assertEquals(2024, revenue.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(3_250_000, revenue.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(2025, revenue.getRow(2).getCell(0).getNumericCellValue());
            Sheet competitors = book.getSheet("Competitors at this account");
            assertEquals("Airbus Defence", competitors.getRow(1).getCell(0).getStringCellValue());
            assertEquals(35, competitors.getRow(1).getCell(1).getNumericCellValue());
            Sheet criteria = book.getSheet("Buying criteria and weights");
            assertEquals("Reliability", criteria.getRow(1).getCell(0).getStringCellValue());
            Sheet contacts = book.getSheet("Stakeholder map");
            assertEquals("Anne Chef", contacts.getRow(1).getCell(0).getStringCellValue());
            assertEquals(9, contacts.getRow(1).getCell(3).getNumericCellValue());
            assertEquals("Anne Chef", contacts.getRow(2).getCell(5).getStringCellValue(), "reports to");
            Sheet coverage = book.getSheet("Relationship coverage");
            assertEquals("Emma Kam", coverage.getRow(0).getCell(3).getStringCellValue(), "a column per person");
            assertEquals("Tom Member", coverage.getRow(0).getCell(4).getStringCellValue());
            assertEquals("Gaps", coverage.getRow(0).getCell(5).getStringCellValue());
            assertEquals("Anne Chef", coverage.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Trusted (1 Mar 2025)", coverage.getRow(1).getCell(3).getStringCellValue());
            assertEquals(null, coverage.getRow(1).getCell(4), "no relationship, empty cell");
            assertEquals("Single owner, Stale", coverage.getRow(1).getCell(5).getStringCellValue());
        }
        convertsToPdf(xlsx, "xlsx", "Airbus Defence");
    }

    static DatabaseView view() {
        Account account = new Account("Export Test Aerospace", "Aerospace", "FR");
        account.setRevenue(new BigDecimal("7200000000"), "EUR");
        DocumentTemplate template = DefaultDatabaseTemplate.build();
        KeyAccountDatabase database = new KeyAccountDatabase(account, template);
        fill(database, template, DefaultDatabaseTemplate.CUSTOMER, new SectionInput()
                .value("businessModel", "<p>Sells <b>satellites</b></p>")
                .row("strategicPriorities", Map.of("priority", "Win the constellation market")));
        fill(database, template, DefaultDatabaseTemplate.NEEDS, new SectionInput()
                .row("buyingCriteria", Map.of("criterion", "Reliability", "weight", "40"))
                .row("offeringPositions", Map.of("offering", "Rad-hard chips", "position", "BOTTLENECK")));
        fill(database, template, DefaultDatabaseTemplate.HISTORY, new SectionInput()
                .row("revenueByYear", Map.of("year", "2024", "revenue", "3250000"))
                .row("revenueByYear", Map.of("year", "2025", "revenue", "3900000")));
        fill(database, template, DefaultDatabaseTemplate.COMPETITION, new SectionInput()
                .row("competitors", Map.of("competitor", "Airbus Defence", "share", "35", "strengths", "In-house")));
        Map<String, Map<String, String>> values = KeyAccountDatabaseService.values(database);
        Completeness completeness = Completeness.of(template, values, null);
        List<SectionView> sections = new ArrayList<>();
        for (TemplateSection section : template.getSections()) {
            sections.add(new SectionView(section, database.findSection(section.getKey()).orElse(null), true,
                    completeness.section(section.getKey()), false));
        }
        return new DatabaseView(account, template, sections, completeness, List.of(),
                new DatabaseRights(true, false, false, false, Set.of()), 6);
    }

    /** Emma trusted by Anne Chef, met long ago; Tom on the team without a relationship. */
    static RelationshipMap coverage() {
        List<Stakeholder> contacts = stakeholders();
        setId(contacts.get(0), 1L);
        setId(contacts.get(1), 2L);
        AppUser emma = person(10L, "Emma Kam");
        AppUser tom = person(11L, "Tom Member");
        Relationship trusted = new Relationship(contacts.get(0), emma);
        trusted.setStrength(RelationshipStrength.TRUSTED);
        trusted.setLastContact(LocalDate.of(2025, 3, 1));
        List<CoverageGap> gaps = CoverageRules.gaps(List.of(new CoverageRules.Contact(1, DecisionRole.DECISION_MAKER,
                9)), List.of(new CoverageRules.Tie(1, 10, RelationshipStrength.TRUSTED, LocalDate.of(2025, 3, 1))),
                LocalDate.of(2026, 1, 1), 90);
        return new RelationshipMap(contacts, List.of(emma, tom), List.of(trusted), List.of(), gaps, List.of(), true);
    }

    private static AppUser person(long id, String name) {
        AppUser user = new AppUser(name.toLowerCase(Locale.ROOT).replace(" ", "."), name, Set.of());
        setId(user, id);
        return user;
    }

    private static void setId(Object entity, long id) {
        try {
            java.lang.reflect.Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Stakeholder> stakeholders() {
        Account account = new Account("Export Test Aerospace", "Aerospace", "FR");
        Stakeholder chief = new Stakeholder(account, "Anne Chef");
        chief.setDecisionRole(DecisionRole.DECISION_MAKER);
        chief.setInfluence(9);
        chief.setAttitude(Attitude.OPPONENT);
        chief.setLastContact(LocalDate.of(2025, 3, 1));
        Stakeholder buyer = new Stakeholder(account, "Bruno Buyer");
        buyer.setReportsTo(chief);
        buyer.setInfluence(4);
        return List.of(chief, buyer);
    }

    private static void fill(KeyAccountDatabase database, DocumentTemplate template, String sectionKey,
                             SectionInput input) {
        DatabaseSection section = database.section(sectionKey);
        FieldValues.normalize(template.section(sectionKey).orElseThrow(), input).forEach(section::put);
    }

    /** Converts with LibreOffice when it is installed (always in CI); the POI checks above hold either way. */
    static void convertsToPdf(byte[] content, String extension, String expected) throws Exception {
        if (!LibreOffice.available()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "exports", UUID.randomUUID().toString()));
        Path file = dir.resolve("database." + extension);
        Files.write(file, content);
        Path pdf = LibreOffice.convertToPdf(file);
        assertTrue(LibreOffice.pdfText(pdf).contains(expected), "the PDF shows " + expected);
    }
}
