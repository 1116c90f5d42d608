package com.kamplanner.situation;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Key Account Database of one account as a Word or an Excel file ({@link DatabaseExport} lays them out), read
 * under the caller's rights, audited and counted like every other export. The fixed words come from the caller,
 * in the reader's language ({@code text}).
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class DatabaseExports {

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    RelationshipService relationships;

    @Inject
    ExportTrail exports;

    public Download docx(long accountId, Locale locale, Function<String, String> text) {
        DatabaseView view = databases.open(accountId);
        byte[] bytes = DatabaseExport.docx(view, databases.stakeholders(accountId), locale, text);
        return exported(accountId, new Download(fileName(view, "docx"), Download.DOCX, bytes));
    }

    public Download xlsx(long accountId, Locale locale, Function<String, String> text) {
        DatabaseView view = databases.open(accountId);
        RelationshipMap coverage = view.getRights().canSee(KeyAccountDatabaseService.STAKEHOLDER_MAP)
                ? relationships.map(accountId) : null;
        byte[] bytes = DatabaseExport.xlsx(view, databases.stakeholders(accountId), coverage, locale, text);
        return exported(accountId, new Download(fileName(view, "xlsx"), Download.XLSX, bytes));
    }

    private Download exported(long accountId, Download file) {
        return exports.exported(AuditAction.SITUATION_DATABASE_EXPORTED, "Account", accountId, file, null);
    }

    /** A file name from the account's name, ASCII only: {@code key-account-database-thales-alenia-space.docx}. */
    static String fileName(DatabaseView view, String extension) {
        String name = Normalizer.normalize(view.getAccount().getName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT);
        return "key-account-database-" + name + "." + extension;
    }
}
