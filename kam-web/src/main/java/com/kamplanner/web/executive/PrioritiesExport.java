package com.kamplanner.web.executive;

import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.priority.PrioritiesWorkbook;
import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The priorities board as an XLSX download, in the reader's language: read under the board's rights, audited and
 * counted in the export metrics, the same way whoever asks for it.
 */
@ApplicationScoped
public class PrioritiesExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String FILE_NAME = "corporate-priorities.xlsx";

    @Inject
    PriorityBoard board;

    @Inject
    ProgrammeMetrics metrics;

    public byte[] xlsx(Locale locale) {
        byte[] file = PrioritiesWorkbook.xlsx(board.board(), key -> Bundle.text(locale, key));
        board.exported("xlsx");
        metrics.exportProduced("xlsx");
        return file;
    }
}
