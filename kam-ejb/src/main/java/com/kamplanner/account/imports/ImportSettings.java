package com.kamplanner.account.imports;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The choices the KA Director makes for one import: which export it is (or the custom column mapping), how the
 * file is encoded, what to do with bad rows, and the currency of amounts the file gives without one.
 */
public class ImportSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CsvPreset preset;
    private final EnumMap<AccountField, String> customColumns = new EnumMap<>(AccountField.class);
    private final CsvEncoding encoding;
    private final ImportMode mode;
    private final String defaultCurrency;

    public ImportSettings(CsvPreset preset, Map<AccountField, String> customColumns, CsvEncoding encoding,
                          ImportMode mode, String defaultCurrency) {
        this.preset = preset;
        if (customColumns != null) {
            customColumns.forEach((field, header) -> {
                if (header != null && !header.isBlank()) {
                    this.customColumns.put(field, header);
                }
            });
        }
        this.encoding = encoding == null ? CsvEncoding.AUTO : encoding;
        this.mode = mode == null ? ImportMode.VALID_ONLY : mode;
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "EUR" : defaultCurrency;
    }

    /** A preset export, read with encoding detection, in the given mode, EUR for amounts without currency. */
    public static ImportSettings of(CsvPreset preset, ImportMode mode) {
        return new ImportSettings(preset, Map.of(), CsvEncoding.AUTO, mode, "EUR");
    }

    public CsvPreset preset() {
        return preset;
    }

    /** For the custom mapping: the header of the file's column chosen for each field. */
    public Map<AccountField, String> customColumns() {
        return new EnumMap<>(customColumns);
    }

    public CsvEncoding encoding() {
        return encoding;
    }

    public ImportMode mode() {
        return mode;
    }

    public String defaultCurrency() {
        return defaultCurrency;
    }
}
