package com.kamplanner.situation;

import com.kamplanner.people.AppUser;
import com.kamplanner.platform.Formats;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The coverage view as a sheet of the Database's Excel companion: a row per stakeholder, a column per person of
 * ours with the relationship's strength and last contact, then the stakeholder's gaps. Words from the bundle.
 */
final class CoverageSheet {

    private static final int FIXED_COLUMNS = 3;

    private CoverageSheet() {
    }

    static void add(XSSFWorkbook book, CellStyle header, String name, RelationshipMap map, Locale locale,
                    Function<String, String> texts) {
        Sheet sheet = book.createSheet(name);
        List<AppUser> people = map.getPeople();
        Row top = sheet.createRow(0);
        String[] fixed = {texts.apply("stakeholder.name"), texts.apply("stakeholder.decisionRole"),
            texts.apply("stakeholder.influence")};
        for (int c = 0; c < fixed.length; c++) {
            headerCell(top, c, fixed[c], header);
        }
        for (int p = 0; p < people.size(); p++) {
            headerCell(top, FIXED_COLUMNS + p, people.get(p).getDisplayName(), header);
        }
        headerCell(top, FIXED_COLUMNS + people.size(), texts.apply("coverage.gaps"), header);
        Formats formats = Formats.of(locale);
        int r = 1;
        for (Stakeholder s : map.getStakeholders()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.getName());
            row.createCell(1).setCellValue(texts.apply("stakeholder.role." + s.getDecisionRole()));
            row.createCell(2).setCellValue(s.getInfluence());
            for (int p = 0; p < people.size(); p++) {
                Relationship cell = map.cell(s.getId(), people.get(p).getId());
                if (cell != null) {
                    String strength = texts.apply("relationship.strength." + cell.getStrength());
                    row.createCell(FIXED_COLUMNS + p).setCellValue(cell.getLastContact() == null ? strength
                            : strength + " (" + formats.date(cell.getLastContact()) + ")");
                }
            }
            row.createCell(FIXED_COLUMNS + people.size()).setCellValue(map.gapsOf(s.getId()).stream()
                    .map(g -> texts.apply("coverage.gap." + g.kind())).collect(Collectors.joining(", ")));
        }
        for (int c = 0; c <= FIXED_COLUMNS + people.size(); c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
    }

    private static void headerCell(Row row, int column, String text, CellStyle header) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }
}
