package com.kamplanner.situation;

import com.kamplanner.platform.Formats;
import com.kamplanner.template.ChoiceOption;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TableColumn;
import com.kamplanner.template.TemplateField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word and Excel exports of an account's Key Account Database, with Apache POI. The DOCX is laid out like the
 * template: a title page, one heading per part, a sub-heading per field and a table for each table field, then the
 * stakeholder map. The XLSX holds the tables people work on in a spreadsheet: revenue history, competitors,
 * stakeholders, buying criteria and the relationship coverage. Fixed words come from {@code texts} (the UI bundle
 * in the caller's language).
 */
public final class DatabaseExport {

    /** The table fields of the default template that the workbook exports, each on its own sheet. */
    static final List<String> WORKBOOK_TABLES = List.of("revenueByYear", "competitors", "buyingCriteria");

    private DatabaseExport() {
    }

    public static byte[] docx(DatabaseView view, List<Stakeholder> stakeholders, Locale locale,
                              Function<String, String> texts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addHeadingStyles(doc);
            titlePage(doc, view, locale, texts);
            String currency = view.getAccount().getCurrency();
            for (SectionView section : view.getSections()) {
                heading(doc, "Heading1", section.getSection().label(locale));
                for (TemplateField field : section.getSection().getFields()) {
                    heading(doc, "Heading2", field.label(locale));
                    String value = section.getValues().get(field.getKey());
                    if (field.isTable()) {
                        table(doc, field, TableRows.read(value), locale, currency, texts);
                    } else {
                        text(doc, value == null ? texts.apply("situation.export.empty")
                                : display(field.getType(), field.getChoiceOptions(), value, locale, currency));
                    }
                }
            }
            if (!stakeholders.isEmpty()) {
                heading(doc, "Heading1", texts.apply("situation.stakeholders.title"));
                List<String[]> rows = stakeholderRows(stakeholders, locale, texts);
                XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
                for (int r = 0; r < rows.size(); r++) {
                    fillRow(table.getRow(r), rows.get(r), r == 0);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook; {@code coverage} (null when the caller may not see the map) adds the coverage view's sheet. */
    public static byte[] xlsx(DatabaseView view, List<Stakeholder> stakeholders, RelationshipMap coverage,
                              Locale locale, Function<String, String> texts) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (String fieldKey : WORKBOOK_TABLES) {
                for (SectionView section : view.getSections()) {
                    Optional<TemplateField> field = section.getSection().field(fieldKey);
                    if (field.isPresent()) {
                        sheet(book, header, field.get(), TableRows.read(section.getValues().get(fieldKey)), locale);
                    }
                }
            }
            if (view.getRights().canSee(KeyAccountDatabaseService.STAKEHOLDER_MAP)) {
                Sheet sheet = book.createSheet(safeSheetName(texts.apply("situation.stakeholders.title")));
                List<String[]> rows = stakeholderRows(stakeholders, locale, texts);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        Cell cell = row.createCell(c);
                        String text = rows.get(r)[c];
                        if (r > 0 && c == 3 && !text.isEmpty()) {
                            cell.setCellValue(Integer.parseInt(text));
                        } else {
                            cell.setCellValue(text);
                        }
                        if (r == 0) {
                            cell.setCellStyle(header);
                        }
                    }
                }
                for (int c = 0; c < rows.get(0).length; c++) {
                    sheet.setColumnWidth(c, 22 * 256);
                }
            }
            if (coverage != null) {
                CoverageSheet.add(book, header, safeSheetName(texts.apply("coverage.title")), coverage, locale, texts);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, CellStyle header, TemplateField field,
                              List<Map<String, String>> rows, Locale locale) {
        Sheet sheet = book.createSheet(safeSheetName(field.label(locale)));
        Row head = sheet.createRow(0);
        List<TableColumn> columns = field.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).label(locale));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, 24 * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                TableColumn column = columns.get(c);
                String value = rows.get(r).get(column.getKey());
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (column.getType() == FieldType.NUMBER || column.getType() == FieldType.MONEY) {
                    cell.setCellValue(new BigDecimal(value).doubleValue());
                } else {
                    cell.setCellValue(display(column.getType(), column.getChoiceOptions(), value, locale, null));
                }
            }
        }
    }

    private static List<String[]> stakeholderRows(List<Stakeholder> stakeholders, Locale locale,
                                                  Function<String, String> texts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.apply("stakeholder.name"), texts.apply("stakeholder.title"),
            texts.apply("stakeholder.decisionRole"), texts.apply("stakeholder.influence"),
            texts.apply("stakeholder.attitude"), texts.apply("stakeholder.reportsTo"),
            texts.apply("stakeholder.owner"), texts.apply("stakeholder.lastContact")});
        for (Stakeholder s : stakeholders) {
            rows.add(new String[] {s.getName(), nonNull(s.getTitle()),
                texts.apply("stakeholder.role." + s.getDecisionRole()), String.valueOf(s.getInfluence()),
                texts.apply("stakeholder.attitude." + s.getAttitude()),
                s.getReportsTo() == null ? "" : s.getReportsTo().getName(),
                s.getRelationshipOwner() == null ? "" : s.getRelationshipOwner().getDisplayName(),
                s.getLastContact() == null ? "" : Formats.of(locale).date(s.getLastContact())});
        }
        return rows;
    }

    /**
     * A stored value as a reader sees it: choices by label, dates, numbers and amounts (in the account's
     * {@code currency}) through {@link Formats}.
     */
    public static String display(FieldType type, List<ChoiceOption> choices, String value, Locale locale,
                                 String currency) {
        if (value == null) {
            return "";
        }
        Formats formats = Formats.of(locale);
        switch (type) {
            case RICH_TEXT:
                return RichText.plain(value);
            case CHOICE:
                return choices.stream().filter(c -> c.getCode().equals(value)).map(c -> c.label(locale))
                        .findFirst().orElse(value);
            case DATE:
                return formats.date(LocalDate.parse(value));
            case MONEY:
                return formats.amount(new BigDecimal(value), currency);
            case NUMBER:
                return looksLikeYear(value) ? value : formats.exact(new BigDecimal(value));
            default:
                return value;
        }
    }

    private static boolean looksLikeYear(String value) {
        return value.matches("(19|20|21)\\d\\d");
    }

    private static void titlePage(XWPFDocument doc, DatabaseView view, Locale locale, Function<String, String> texts) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(4000);
        XWPFRun run = title.createRun();
        run.setText(texts.apply("situation.export.title"));
        run.setBold(true);
        run.setFontSize(28);
        XWPFParagraph account = doc.createParagraph();
        account.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun name = account.createRun();
        name.setText(view.getAccount().getName());
        name.setFontSize(22);
        for (String line : List.of(
                texts.apply("situation.export.template") + ": " + view.getTemplate().getName() + " v"
                        + view.getTemplate().getNumber(),
                texts.apply("situation.completeness") + ": "
                        + Formats.of(locale).percent(view.getCompleteness().getOverall()),
                texts.apply("situation.export.prepared") + ": " + Formats.of(locale).date(LocalDate.now()))) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.createRun().setText(line);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(true);
        run.setFontSize("Heading1".equals(style) ? 16 : 12);
    }

    private static void text(XWPFDocument doc, String text) {
        for (String line : text.split("\n")) {
            doc.createParagraph().createRun().setText(line);
        }
    }

    private static void table(XWPFDocument doc, TemplateField field, List<Map<String, String>> rows, Locale locale,
                              String currency, Function<String, String> texts) {
        if (rows.isEmpty()) {
            text(doc, texts.apply("situation.export.empty"));
            return;
        }
        List<TableColumn> columns = field.getColumns();
        XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
        fillRow(table.getRow(0), columns.stream().map(c -> c.label(locale)).toArray(String[]::new), true);
        for (int r = 0; r < rows.size(); r++) {
            Map<String, String> row = rows.get(r);
            fillRow(table.getRow(r + 1), columns.stream()
                    .map(c -> display(c.getType(), c.getChoiceOptions(), row.get(c.getKey()), locale, currency))
                    .toArray(String[]::new), false);
        }
        doc.createParagraph();
    }

    private static void fillRow(XWPFTableRow row, String[] cells, boolean header) {
        for (int c = 0; c < cells.length; c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(cells[c]);
            run.setBold(header);
        }
    }

    /** Declares Title, Heading1 and Heading2 so that Word and LibreOffice see real headings (outline, contents). */
    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        String[][] defs = {{"Title", "Title", "-1"}, {"Heading1", "heading 1", "0"}, {"Heading2", "heading 2", "1"}};
        for (String[] def : defs) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(def[0]);
            CTString name = CTString.Factory.newInstance();
            name.setVal(def[1]);
            style.setName(name);
            style.setType(STStyleType.PARAGRAPH);
            style.setQFormat(CTOnOff.Factory.newInstance());
            if (!"-1".equals(def[2])) {
                CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
                CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
                level.setVal(new java.math.BigInteger(def[2]));
                ppr.setOutlineLvl(level);
                style.setPPr(ppr);
            }
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static String safeSheetName(String label) {
        String name = label.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
