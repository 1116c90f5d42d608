package com.kamplanner.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.kamplanner.account.imports.AccountField;
import com.kamplanner.account.imports.AccountFile;
import com.kamplanner.account.imports.AccountImportService;
import com.kamplanner.account.imports.AccountRow;
import com.kamplanner.account.imports.ColumnMapping;
import com.kamplanner.account.imports.CsvEncoding;
import com.kamplanner.account.imports.CsvPreset;
import com.kamplanner.account.imports.ImportMode;
import com.kamplanner.account.imports.RowProblem;
import com.kamplanner.web.i18n.Bundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every text the import page builds from an enum, and every reason the import gives, exists in English and in
 * French: the page composes these keys, so the bundle test cannot see them.
 */
class ImportTextsTest {

    @Test
    void everyImportTextTheCodeNamesExistsInBothLanguages() {
        List<String> keys = new ArrayList<>(RowProblem.REASONS);
        keys.addAll(List.of(AccountFile.EMPTY, AccountFile.UNREADABLE, ColumnMapping.COLUMN_MISSING,
                ColumnMapping.NAME_NOT_MAPPED, AccountImportService.FAILED, AccountImportService.BAD_CURRENCY));
        for (AccountField field : AccountField.values()) {
            keys.add("import.field." + field.name());
        }
        for (CsvPreset preset : CsvPreset.values()) {
            keys.add("import.preset." + preset.name());
        }
        for (CsvEncoding encoding : CsvEncoding.values()) {
            keys.add("import.encoding." + encoding.name());
        }
        for (ImportMode mode : ImportMode.values()) {
            keys.add("import.mode." + mode.name());
        }
        for (AccountRow.Action action : AccountRow.Action.values()) {
            keys.add("import.action." + action.name());
        }
        for (Locale language : Bundle.SUPPORTED) {
            for (String key : keys) {
                assertFalse(Bundle.text(language, key, 1, 1).startsWith("???"), key + " in " + language);
            }
        }
    }

    @Test
    void reasonsReadWellWithTheirArguments() {
        assertEquals("Unknown country “Atlantis”: use its name or its two-letter ISO code.",
                Bundle.text(Locale.ENGLISH, RowProblem.UNKNOWN_COUNTRY, "Atlantis"));
        assertEquals("Pays inconnu « Atlantis » : indiquez son nom ou son code ISO à deux lettres.",
                Bundle.text(Locale.FRENCH, RowProblem.UNKNOWN_COUNTRY, "Atlantis"));
        assertEquals("Same name as line 12345, and no CRM id to tell them apart.",
                Bundle.text(Locale.ENGLISH, RowProblem.SAME_NAME_IN_FILE, 12345));
    }
}
