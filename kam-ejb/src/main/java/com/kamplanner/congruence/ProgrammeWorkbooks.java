package com.kamplanner.congruence;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import com.kamplanner.platform.SheetLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The XLSX exports of the KA Director's two boards, each audited and counted. The workbook is streamed (a few
 * hundred rows in memory at a time) and the congruence lines are read a page at a time, so that a board of tens of
 * thousands of lines exports without loading them all. The words come from the caller, in the reader's language.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class ProgrammeWorkbooks {

    private static final int PAGE = 1000;

    @Inject
    CongruenceBoard board;

    @Inject
    ComplianceByKam compliance;

    @Inject
    ExportTrail exports;

    /**
     * The congruence board: a summary sheet of counts per rule, then the lines (of one rule, or all when null).
     *
     * @param words    fixed words by key: {@code rule}, {@code count}, {@code line}, {@code kam}, {@code link}
     * @param ruleName a rule's name in the reader's language
     * @param text     a line's text in the reader's language
     */
    public Download congruence(CongruenceRule filter, Function<String, String> words,
                             Function<CongruenceRule, String> ruleName, Function<CongruenceLine, String> text) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = SheetLayout.bold(book);
            Sheet summary = book.createSheet(words.apply("summary"));
            SheetLayout.widths(summary, 55, 10);
            SheetLayout.header(summary, bold, words.apply("rule"), words.apply("count"));
            int r = 1;
            for (Map.Entry<CongruenceRule, Long> count : board.counts().entrySet()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(ruleName.apply(count.getKey()));
                row.createCell(1).setCellValue(count.getValue());
            }
            Sheet lines = book.createSheet(words.apply("lines"));
            SheetLayout.widths(lines, 40, 90, 25, 40);
            SheetLayout.header(lines, bold, words.apply("rule"), words.apply("line"), words.apply("kam"),
                    words.apply("link"));
            r = 1;
            for (int first = 0; ; first += PAGE) {
                List<CongruenceLine> page = board.lines(filter, first, PAGE);
                for (CongruenceLine line : page) {
                    Row row = lines.createRow(r++);
                    row.createCell(0).setCellValue(ruleName.apply(line.getRule()));
                    row.createCell(1).setCellValue(text.apply(line));
                    row.createCell(2).setCellValue(line.getKamName() == null ? "" : line.getKamName());
                    row.createCell(3).setCellValue(line.getLink());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            book.write(out);
            book.dispose();
            return exports.exported(AuditAction.CONGRUENCE_BOARD_EXPORTED, "Programme", "congruence",
                    new Download("congruence-board.xlsx", Download.XLSX, out.toByteArray()),
                    (filter == null ? "all rules" : filter.name()) + ", " + (r - 1) + " line(s)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compliance by KAM: one row per KAM, the key accounts and, per document, how many meet their segment's level.
     *
     * @param words fixed words by key: {@code kam}, {@code accounts}, {@code database}, {@code strategy}, {@code plan}
     */
    public Download compliance(Function<String, String> words) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(words.apply("sheet"));
            SheetLayout.widths(sheet, 30, 15, 28, 20, 28);
            SheetLayout.header(sheet, SheetLayout.bold(book), words.apply("kam"), words.apply("accounts"),
                    words.apply("database"), words.apply("strategy"), words.apply("plan"));
            int r = 1;
            for (KamCompliance kam : compliance.table()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(kam.getKamName());
                row.createCell(1).setCellValue(kam.getAccounts());
                row.createCell(2).setCellValue(kam.getDatabaseMet());
                row.createCell(3).setCellValue(kam.getStrategyMet());
                row.createCell(4).setCellValue(kam.getPlanMet());
            }
            book.write(out);
            book.dispose();
            return exports.exported(AuditAction.CONGRUENCE_COMPLIANCE_EXPORTED, "Programme", "compliance",
                    new Download("compliance-by-kam.xlsx", Download.XLSX, out.toByteArray()), (r - 1) + " KAM(s)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
