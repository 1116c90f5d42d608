package com.kamplanner.account.imports;

import com.kamplanner.platform.BusinessRuleException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of this file feeds which account field, found from the preset's headers (ignoring case and
 * surrounding spaces) or from the user's custom choice. A preset file must have its name and id columns; a
 * custom mapping at least the name: without them, rows cannot be matched, and the file is refused as a whole.
 */
public final class ColumnMapping {

    public static final String COLUMN_MISSING = "import.file.columnMissing";
    public static final String NAME_NOT_MAPPED = "import.file.nameNotMapped";

    private final Map<AccountField, Integer> columns;
    private final List<String> headers;

    private ColumnMapping(Map<AccountField, Integer> columns, List<String> headers) {
        this.columns = columns;
        this.headers = headers;
    }

    public static ColumnMapping resolve(ImportSettings settings, List<String> headers) {
        Map<AccountField, Integer> columns = new EnumMap<>(AccountField.class);
        for (AccountField field : AccountField.values()) {
            String custom = settings.customColumns().get(field);
            List<String> wanted = settings.preset() != CsvPreset.CUSTOM ? settings.preset().headersOf(field)
                    : custom == null ? List.of() : List.of(custom);
            for (String header : wanted) {
                int index = indexOf(headers, header);
                if (index >= 0) {
                    columns.put(field, index);
                    break;
                }
            }
        }
        if (settings.preset() == CsvPreset.CUSTOM) {
            if (!columns.containsKey(AccountField.NAME)) {
                throw new BusinessRuleException(NAME_NOT_MAPPED);
            }
        } else {
            for (AccountField required : List.of(AccountField.CRM_ID, AccountField.NAME)) {
                if (!columns.containsKey(required)) {
                    throw new BusinessRuleException(COLUMN_MISSING, settings.preset().headersOf(required).get(0),
                            settings.preset().name());
                }
            }
        }
        return new ColumnMapping(columns, List.copyOf(headers));
    }

    public boolean maps(AccountField field) {
        return columns.containsKey(field);
    }

    /** The column index of the field, or -1 when this file does not give it. */
    public int indexOf(AccountField field) {
        return columns.getOrDefault(field, -1);
    }

    /** The file's header for the field, as the user sees it in their spreadsheet; the field name when unmapped. */
    public String headerOf(AccountField field) {
        Integer index = columns.get(field);
        return index == null ? field.name() : headers.get(index);
    }

    public Map<AccountField, Integer> columns() {
        return Collections.unmodifiableMap(columns);
    }

    private static int indexOf(List<String> headers, String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).trim().toLowerCase(Locale.ROOT).equals(header.trim().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
