package com.kamplanner.situation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * How a table field's rows are stored: CSV with the column keys as header, so that a stored value (and the
 * history's old and new values) stays readable, and a column added to a later template version simply reads empty.
 */
public final class TableRows {

    private TableRows() {
    }

    public static String write(List<String> columnKeys, List<Map<String, String>> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columnKeys.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String key : columnKeys) {
                    String cell = row.get(key);
                    cells.add(cell == null ? "" : cell);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows of a stored value, each a map from column key to cell text (blank cells absent). */
    public static List<Map<String, String>> read(String stored) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return rows;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(stored),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        row.put(header.get(i), record.get(i));
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
