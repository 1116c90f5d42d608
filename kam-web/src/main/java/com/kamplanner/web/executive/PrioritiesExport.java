package com.kamplanner.web.executive;

import com.kamplanner.platform.Download;
import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The priorities board's XLSX download in the reader's language, for the page and the tests alike: the board
 * service reads it under the board's rights, audits and counts; this class only lends it the bundle's words.
 */
@ApplicationScoped
public class PrioritiesExport {

    @Inject
    PriorityBoard board;

    public Download xlsx(Locale locale) {
        return board.export(key -> Bundle.text(locale, key));
    }
}
