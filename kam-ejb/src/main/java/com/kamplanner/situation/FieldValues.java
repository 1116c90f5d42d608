package com.kamplanner.situation;

import com.kamplanner.template.ChoiceOption;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TableColumn;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a user typed into a section into the values stored, field by field according to the template:
 * numbers and money in plain decimal form, ratings as whole numbers from 1 to 10, dates in ISO form within 1900–2100, choices among their codes, rich
 * text sanitised, tables as {@link TableRows}. Every problem is collected with its field, none silently dropped.
 */
public final class FieldValues {

    static final int SHORT_TEXT_MAX = 500;
    static final int RICH_TEXT_MAX = 20000;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private FieldValues() {
    }

    /** The stored values of the section (blank fields null), or {@link InvalidSectionException} with every problem. */
    public static Map<String, String> normalize(TemplateSection section, SectionInput input) {
        Map<String, String> stored = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (TemplateField field : section.getFields()) {
            if (field.isTable()) {
                stored.put(field.getKey(), table(field, input.getTables().get(field.getKey()), problems));
            } else {
                String text = input.getValues().get(field.getKey());
                String problem = null;
                String value = null;
                try {
                    value = single(field.getType(), field.getChoiceOptions(), text);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    problems.add(new FieldProblem(field.getKey(), "situation.value." + problem, null, null));
                }
                stored.put(field.getKey(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSectionException(problems);
        }
        return stored;
    }

    private static String table(TemplateField field, List<Map<String, String>> rows, List<FieldProblem> problems) {
        if (rows == null) {
            return null;
        }
        List<Map<String, String>> kept = new ArrayList<>();
        List<String> keys = field.getColumns().stream().map(TableColumn::getKey).toList();
        for (Map<String, String> row : rows) {
            boolean blank = keys.stream().allMatch(k -> row.get(k) == null || row.get(k).isBlank());
            if (blank) {
                continue;
            }
            int number = kept.size() + 1;
            Map<String, String> cells = new LinkedHashMap<>();
            for (TableColumn column : field.getColumns()) {
                String text = row.get(column.getKey());
                if (text == null || text.isBlank()) {
                    if (column.isRequired()) {
                        problems.add(new FieldProblem(field.getKey(), "situation.cell.required", number,
                                column.getKey()));
                    }
                    continue;
                }
                try {
                    cells.put(column.getKey(), single(column.getType(), column.getChoiceOptions(), text));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(field.getKey(), "situation.cell." + e.getMessage(), number,
                            column.getKey()));
                }
            }
            kept.add(cells);
        }
        return TableRows.write(keys, kept);
    }

    /** The stored form of one value; IllegalArgumentException whose message is the problem's name. */
    static String single(FieldType type, List<ChoiceOption> choices, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        switch (type) {
            case SHORT_TEXT:
                if (trimmed.length() > SHORT_TEXT_MAX) {
                    throw new IllegalArgumentException("tooLong");
                }
                return trimmed;
            case RICH_TEXT:
                String clean = RichText.sanitize(text);
                if (clean != null && clean.length() > RICH_TEXT_MAX) {
                    throw new IllegalArgumentException("tooLong");
                }
                return clean;
            case NUMBER:
                return number(trimmed).stripTrailingZeros().toPlainString();
            case MONEY:
                return number(trimmed).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case DATE:
                LocalDate date;
                try {
                    date = LocalDate.parse(trimmed);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("date");
                }
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    throw new IllegalArgumentException("dateRange");
                }
                return date.toString();
            case RATING:
                int rating;
                try {
                    rating = Integer.parseInt(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("rating");
                }
                if (rating < 1 || rating > 10) {
                    throw new IllegalArgumentException("rating");
                }
                return Integer.toString(rating);
            case CHOICE:
                if (choices.stream().noneMatch(c -> c.getCode().equals(trimmed))) {
                    throw new IllegalArgumentException("choice");
                }
                return trimmed;
            default:
                throw new IllegalStateException("Not a single value: " + type);
        }
    }

    private static BigDecimal number(String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        if (compact.indexOf(',') >= 0 && compact.indexOf('.') < 0) {
            compact = compact.replace(',', '.');
        } else {
            compact = compact.replace(",", "");
        }
        try {
            BigDecimal value = new BigDecimal(compact);
            if (value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                throw new IllegalArgumentException("number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("number");
        }
    }

    /** Whether a stored value counts as filled for completeness: present, and for a table at least one row. */
    static boolean filled(TemplateField field, String stored) {
        if (stored == null || stored.isBlank()) {
            return false;
        }
        return !field.isTable() || !TableRows.read(stored).isEmpty();
    }
}
