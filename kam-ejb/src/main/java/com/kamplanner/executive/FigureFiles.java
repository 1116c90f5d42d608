package com.kamplanner.executive;

import com.kamplanner.platform.Formats;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link FigureTable}s as an XLSX workbook (one sheet per table, numbers as numbers) or as a PDF
 * (OpenPDF, one table after the other under a title), the two formats of the executive's exports.
 */
public final class FigureFiles {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

    private FigureFiles() {
    }

    public static byte[] xlsx(List<FigureTable> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            int n = 0;
            for (FigureTable table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName((++n) + " " + table.getTitle()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.getHeader().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.getHeader().get(c));
                    cell.setCellStyle(header);
                }
                int r = 1;
                for (List<Object> values : table.getRows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof BigDecimal d) {
                            cell.setCellValue(d.doubleValue());
                            cell.setCellStyle(money);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                for (int c = 0; c < table.getHeader().size(); c++) {
                    sheet.setColumnWidth(c, 22 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String title, String subtitle, List<FigureTable> tables, String note, Formats formats) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(subtitle, BODY));
            for (FigureTable table : tables) {
                Paragraph heading = new Paragraph(table.getTitle(), HEADING);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                PdfPTable grid = new PdfPTable(table.getHeader().size());
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                table.getHeader().forEach(h -> grid.addCell(new PdfPCell(new Phrase(h, BOLD))));
                for (List<Object> row : table.getRows()) {
                    for (Object value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(text(value, formats), BODY));
                        if (value instanceof Number) {
                            cell.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
                        }
                        grid.addCell(cell);
                    }
                }
                document.add(grid);
            }
            if (note != null) {
                Paragraph p = new Paragraph(note, BODY);
                p.setSpacingBefore(12);
                document.add(p);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String text(Object value, Formats formats) {
        if (value instanceof Number number) {
            return formats.number(number);
        }
        return value == null ? Formats.NONE : value.toString();
    }
}
