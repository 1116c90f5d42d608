package com.kamplanner.situation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user typed into one section, as text: a value per simple field and rows of cells per table field. The
 * page binds its inputs to it directly, and keeps it on screen when a save is refused.
 */
public class SectionInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, List<Map<String, String>>> getTables() {
        return tables;
    }

    public SectionInput value(String fieldKey, String value) {
        values.put(fieldKey, value);
        return this;
    }

    /** The rows of a table field, created empty on first use so that pages can bind to them. */
    public List<Map<String, String>> rows(String fieldKey) {
        return tables.computeIfAbsent(fieldKey, k -> new ArrayList<>());
    }

    public SectionInput row(String fieldKey, Map<String, String> cells) {
        rows(fieldKey).add(new LinkedHashMap<>(cells));
        return this;
    }

    public void addRow(String fieldKey) {
        rows(fieldKey).add(new LinkedHashMap<>());
    }

    public void removeRow(String fieldKey, int index) {
        List<Map<String, String>> rows = rows(fieldKey);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }
}
