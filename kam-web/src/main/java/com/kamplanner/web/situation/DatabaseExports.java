package com.kamplanner.web.situation;

import com.kamplanner.situation.DatabaseExport;
import com.kamplanner.situation.DatabaseView;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Builds the Word and Excel exports for the page and the API alike: the service reads the database under the
 * caller's rights, the fixed words come from the UI bundle in the caller's language.
 */
@ApplicationScoped
public class DatabaseExports {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    KeyAccountDatabaseService databases;

    public byte[] docx(long accountId, Locale locale) {
        DatabaseView view = databases.open(accountId);
        return DatabaseExport.docx(view, databases.stakeholders(accountId), locale, k -> Bundle.text(locale, k));
    }

    public byte[] xlsx(long accountId, Locale locale) {
        DatabaseView view = databases.open(accountId);
        return DatabaseExport.xlsx(view, databases.stakeholders(accountId), locale, k -> Bundle.text(locale, k));
    }

    /** A file name from the account's name, ASCII only: {@code key-account-database-thales-alenia-space.docx}. */
    public String fileName(long accountId, String extension) {
        String name = Normalizer.normalize(databases.open(accountId).getAccount().getName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT);
        return "key-account-database-" + name + "." + extension;
    }
}
