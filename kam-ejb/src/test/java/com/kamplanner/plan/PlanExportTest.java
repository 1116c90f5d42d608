package com.kamplanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.Formats;
import com.kamplanner.platform.LibreOffice;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The PDF and the Word document of a plan, reopened: cover, contents, every section, the version and approval
 * stamp; the Word file is also converted by LibreOffice when {@code soffice} is installed.
 */
class PlanExportTest {

    private static final Map<String, String> LABELS = Map.of("plan.section.objectives", "Objectives",
            "plan.section.programmes", "Action programmes", "plan.section.situation", "Situation summary",
            "plan.section.team", "KA team and executive sponsor", "plan.version", "Version",
            "plan.approvedBy", "Approved by", "plan.versionStatus.APPROVED", "Approved",
            "plan.document.title", "Key Account Plan");
    private static final Function<String, String> TEXT = key -> LABELS.getOrDefault(key, key);
    private static final Formats ENGLISH = Formats.of(Locale.ENGLISH, ZoneOffset.UTC);

    private static PlanContent approvedPlan() {
        PlanContent c = PlanContents.plan(3, LocalDate.of(2026, 10, 1))
                .objective(1, "STRATEGIC", "Become preferred supplier", "35", LocalDate.of(2028, 12, 31))
                .actionPlan(10, "Quarterly business review", "AT_RISK", LocalDate.of(2026, 12, 15)).build();
        c.setStatus("APPROVED");
        c.setApprovedBy("david.kad");
        c.setApprovedAt(Instant.parse("2026-10-05T10:00:00Z"));
        c.setSummary("A demanding customer moving its MRO to fewer suppliers.");
        c.setMilestones(Horizon.milestones(c));
        return c;
    }

    @Test
    void thePdfHasACoverContentsTheSectionsAndTheApprovalStamp() throws Exception {
        byte[] pdf = PlanPdf.bytes(PlanOutline.of(approvedPlan(), ENGLISH, TEXT), "Contents");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String cover = extractor.getTextFromPage(1);
        assertTrue(cover.contains("Key Account Plan") && cover.contains("Airbus Helicopters"), cover);
        assertTrue(cover.contains("Version 3") && cover.contains("Approved by david.kad, 5 Oct 2026"), cover);
        String contents = extractor.getTextFromPage(2);
        assertTrue(contents.contains("Contents") && contents.contains("5. Objectives"), contents);
        assertTrue(contents.contains("Objectives ........ 7"), "the contents page gives each section's page: " + contents);
        String objectives = extractor.getTextFromPage(7).replaceAll("\\s+", " ");
        assertTrue(objectives.contains("5. Objectives") && objectives.contains("Become preferred supplier"), objectives);
        String all = IntStream.rangeClosed(1, reader.getNumberOfPages()).mapToObj(p -> page(extractor, p))
                .collect(Collectors.joining("\n")).replaceAll("\\s+", " ");
        assertTrue(all.contains("Quarterly business review") && all.contains("Tom Bernard"), all);
        assertTrue(all.contains("A demanding customer moving its MRO"), all);
        assertTrue(page(extractor, reader.getNumberOfPages()).contains("Approved by david.kad"),
                "the stamp is in every page's footer");
        reader.close();
    }

    @Test
    void theWordDocumentHasTheSameContentAndLibreOfficeConvertsIt() throws Exception {
        byte[] docx = PlanDocx.bytes(PlanOutline.of(approvedPlan(), ENGLISH, TEXT), "Contents");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("Key Account Plan — Airbus Helicopters"), text);
            assertTrue(text.contains("Contents") && text.contains("2. plan.section.stages"), text);
            assertTrue(text.contains("5. Objectives") && text.contains("Become preferred supplier"), text);
            assertTrue(text.contains("Quarterly business review") && text.contains("plan.status.AT_RISK"), text);
            assertTrue(text.contains("Version 3 — Approved — Approved by david.kad, 5 Oct 2026"), text);
            assertTrue(text.contains("35 (plan.by 31 Dec 2028)") && text.contains("15 Dec 2026"),
                    "figures and dates as Formats writes them: " + text);
            assertEquals(1, doc.getFooterList().size());
            assertTrue(doc.getFooterList().get(0).getText().contains("Approved by david.kad"));
        }
        convertWithLibreOfficeWhenInstalled(docx);
    }

    @Test
    void theFrenchOutlineWritesFiguresAndDatesTheFrenchWay() {
        PlanContent plan = approvedPlan();
        plan.getObjectives().get(0).setTarget(new java.math.BigDecimal("15200000.0000"));
        PlanOutline outline = PlanOutline.of(plan, Formats.of(Locale.FRENCH, ZoneOffset.UTC), TEXT);
        assertEquals("Version 3 — Approved — Approved by david.kad, 5 oct. 2026", outline.getStamp());
        PlanOutline.Block objectives = outline.getSections().get(4).blocks().get(0);
        assertEquals("15\u202f200\u202f000 (plan.by 31 déc. 2028)", objectives.rows().get(0).get(4));
        assertEquals("20", objectives.rows().get(0).get(3));
        PlanOutline.Block actions = outline.getSections().get(5).blocks().get(1);
        assertEquals("15 déc. 2026", actions.rows().get(0).get(3));
        assertTrue(actions.rows().get(0).get(5).endsWith("\u00a0%"), actions.rows().get(0).get(5));
    }

    /** Converts with LibreOffice when it is installed (always in CI, which requires it). */
    private static void convertWithLibreOfficeWhenInstalled(byte[] docx) throws Exception {
        if (!LibreOffice.available()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "plan-export-" + UUID.randomUUID()));
        Path pdf = LibreOffice.convertToPdf(Files.write(dir.resolve("plan.docx"), docx));
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        assertTrue(reader.getNumberOfPages() >= 3, "cover, contents and sections");
        reader.close();
    }

    private static String page(PdfTextExtractor extractor, int page) {
        try {
            return extractor.getTextFromPage(page);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWhitespaceMapIsTheAppendixOfThePdfAndTheWordDocument() throws Exception {
        com.kamplanner.whitespace.WhitespaceMap map = com.kamplanner.whitespace.WhitespaceMaps.airbus();
        PlanOutline outline = PlanOutline.of(approvedPlan(), ENGLISH, TEXT).withAppendix("Appendix: whitespace map",
                List.of("Offering", "Marignane", "Donauwörth", "Supplied", "Open"),
                com.kamplanner.whitespace.WhitespaceExport.appendixRows(map, Locale.ENGLISH,
                        key -> key.startsWith("whitespace.state.") ? key.substring(17) : key));
        byte[] pdf = PlanPdf.bytes(outline, "Contents");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "plan-with-whitespace-appendix.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String last = page(extractor, reader.getNumberOfPages()).replaceAll("\\s+", " ");
        assertTrue(last.contains("Appendix: whitespace map") && last.contains("Wiring harnesses")
                && last.contains("OPEN · €1,250,000.50") && last.contains("Donauwörth"), last);
        assertTrue(page(extractor, 2).contains("Appendix: whitespace map"), "the appendix is in the contents");
        reader.close();
        byte[] docx = PlanDocx.bytes(outline, "Contents");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains("Appendix: whitespace map") && text.contains("COMPETITOR · Collins Aerospace"),
                    text);
        }
        convertWithLibreOfficeWhenInstalled(docx);
    }

}
