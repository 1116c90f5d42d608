package com.kamplanner.situation;

import com.kamplanner.template.DocumentTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Moving an account's database to another template version. Values are keyed by section and field key, so every
 * value whose field still exists in the new version is kept as it is; the values of fields the new version no
 * longer has stay stored and are listed here, never silently dropped.
 */
public final class TemplateMigration {

    private TemplateMigration() {
    }

    /** The stored values that the template does not show, in section then field order. */
    public static List<RemovedValue> removedValues(DocumentTemplate template, Map<String, Map<String, String>> values) {
        List<RemovedValue> removed = new ArrayList<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(section ->
                section.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
                    if (template.field(section.getKey(), field.getKey()).isEmpty() && field.getValue() != null) {
                        removed.add(new RemovedValue(section.getKey(), field.getKey(), field.getValue()));
                    }
                }));
        return removed;
    }
}
