package com.kamplanner.account.imports;

import com.kamplanner.platform.BusinessRuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CRM export read into account rows, without touching the database: decoded ({@link CsvEncoding}), split by
 * Commons CSV with the delimiter its header line uses ({@code ,} or {@code ;}), mapped ({@link ColumnMapping})
 * and checked row by row ({@link AccountRow}). Empty lines and rows of empty cells are skipped.
 */
public final class AccountFile {

    public static final String EMPTY = "import.file.empty";
    public static final String UNREADABLE = "import.file.unreadable";

    private final List<String> headers;
    private final List<AccountRow> rows;
    private final char delimiter;
    private final ColumnMapping mapping;

    private AccountFile(List<String> headers, ColumnMapping mapping, List<AccountRow> rows, char delimiter) {
        this.headers = headers;
        this.mapping = mapping;
        this.rows = rows;
        this.delimiter = delimiter;
    }

    public static AccountFile read(byte[] bytes, ImportSettings settings) {
        Csv csv = Csv.parse(settings.encoding().decode(bytes));
        ColumnMapping mapping = ColumnMapping.resolve(settings, csv.headers());
        DecimalText decimals = new DecimalText(csv.delimiter() == ';' ? ',' : '.');
        List<AccountRow> rows = new ArrayList<>(csv.records().size());
        for (Csv.Line record : csv.records()) {
            rows.add(AccountRow.read(record.number(), record.cells(), mapping, decimals, settings.defaultCurrency()));
        }
        return new AccountFile(csv.headers(), mapping, rows, csv.delimiter());
    }

    /** The headers of the file, for the user to map column by column. */
    public static List<String> headers(byte[] bytes, CsvEncoding encoding) {
        return Csv.parse(encoding.decode(bytes)).headers();
    }

    public List<String> headers() {
        return headers;
    }

    public List<AccountRow> rows() {
        return rows;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The file split into cells by Commons CSV, each record with the file line it starts on. */
    private record Csv(List<String> headers, List<Line> records, char delimiter) {

        record Line(int number, List<String> cells) {
        }

        static Csv parse(String text) {
            char delimiter = delimiterOf(text);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true).get();
            int[] lineStarts = lineStarts(text);
            List<String> headers = null;
            List<Line> records = new ArrayList<>();
            long position = 0;
            try (CSVParser parser = CSVParser.parse(text, format)) {
                for (CSVRecord record : parser) {
                    position = firstCharacter(text, record.getCharacterPosition());
                    List<String> cells = record.toList();
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (headers == null) {
                        headers = cells.stream().map(String::strip).toList();
                    } else {
                        records.add(new Line(lineOf(lineStarts, position), cells));
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new BusinessRuleException(UNREADABLE, lineOf(lineStarts, position));
            }
            if (headers == null || records.isEmpty()) {
                throw new BusinessRuleException(EMPTY);
            }
            return new Csv(headers, records, delimiter);
        }

        /** The delimiter of the header line: whichever of {@code ;} and {@code ,} it has more of. */
        private static char delimiterOf(String text) {
            String first = text.strip().lines().findFirst().orElse("");
            long semicolons = first.chars().filter(c -> c == ';').count();
            long commas = first.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ',';
        }

        /** Commons CSV gives the position where reading began, before the empty lines it skipped. */
        private static long firstCharacter(String text, long position) {
            long first = position;
            while (first < text.length() && (text.charAt((int) first) == '\r' || text.charAt((int) first) == '\n')) {
                first++;
            }
            return first;
        }

        private static int[] lineStarts(String text) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            return Arrays.copyOf(starts, count);
        }

        /** The 1-based line the character at {@code position} is on. */
        private static int lineOf(int[] lineStarts, long position) {
            int found = Arrays.binarySearch(lineStarts, (int) position);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }
}
