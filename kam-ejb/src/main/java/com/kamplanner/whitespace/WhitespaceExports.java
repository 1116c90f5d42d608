package com.kamplanner.whitespace;

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

/** One account's whitespace map as an Excel file, read under the caller's rights, audited and counted. */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class WhitespaceExports {

    @Inject
    WhitespaceService whitespace;

    @Inject
    ExportTrail exports;

    public Download xlsx(long accountId, Locale locale, Function<String, String> text) {
        WhitespaceMap map = whitespace.open(accountId);
        byte[] bytes = WhitespaceExport.xlsx(map, locale, text);
        String name = Normalizer.normalize(map.getAccountName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return exports.exported(AuditAction.WHITESPACE_EXPORTED, "Account", accountId,
                new Download("whitespace-" + name + ".xlsx", Download.XLSX, bytes), null);
    }
}
