package com.kamplanner.plan;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import com.kamplanner.platform.Formats;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.whitespace.WhitespaceExport;
import com.kamplanner.whitespace.WhitespaceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A plan version as a PDF or a Word document, read under the plan's rights, audited and counted like every other
 * export. The fixed words come from the caller, in the reader's language ({@code text}), and
 * the figures and dates read as {@link Formats} writes them in that language.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class PlanExports {

    @Inject
    PlanService plans;

    @Inject
    ExportTrail exports;

    @Inject
    WhitespaceService whitespace;

    /** Version {@code number} of the account's plan (the newest when null) as a PDF, figures in the reader's way. */
    public Download pdf(long accountId, Integer number, Locale locale, Function<String, String> text) {
        return export(accountId, number, false, Formats.of(locale), text);
    }

    /** Version {@code number} of the account's plan (the newest when null) as a Word document. */
    public Download docx(long accountId, Integer number, Locale locale, Function<String, String> text) {
        return export(accountId, number, true, Formats.of(locale), text);
    }

    private Download export(long accountId, Integer number, boolean word, Formats formats,
                            Function<String, String> text) {
        PlanVersion version = number == null ? plans.current(accountId).orElseThrow(NotFoundException::new)
                : plans.version(accountId, number);
        int n = version.getNumber();
        PlanOutline outline = whitespaceAppendix(accountId,
                PlanOutline.of(plans.content(accountId, n), formats, text), formats, text);
        String contents = text.apply("plan.contents");
        byte[] bytes;
        try {
            bytes = word ? PlanDocx.bytes(outline, contents) : PlanPdf.bytes(outline, contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Download file = new Download("plan-" + accountId + "-v" + n + (word ? ".docx" : ".pdf"),
                word ? Download.DOCX : Download.PDF, bytes);
        return exports.exported(AuditAction.PLAN_VERSION_EXPORTED, "PlanVersion", version.getId(), file, "v" + n);
    }

    /**
     * The account's whitespace map as it stands, as the plan's appendix, when the reader may see it and it has
     * offerings and buying centres: offerings down, buying centres across, the state in words, the row totals.
     */
    private PlanOutline whitespaceAppendix(long accountId, PlanOutline outline, Formats formats,
                                           Function<String, String> text) {
        return whitespace.readable(accountId).filter(m -> !m.getOfferings().isEmpty() && !m.getCentres().isEmpty())
                .map(map -> {
                    List<String> header = new ArrayList<>();
                    header.add(text.apply("whitespace.offering"));
                    map.getCentres().forEach(c -> header.add(c.getName()));
                    header.add(text.apply("whitespace.total.supplied"));
                    header.add(text.apply("whitespace.total.open"));
                    return outline.withAppendix(text.apply("plan.appendix.whitespace"), header,
                            WhitespaceExport.appendixRows(map, formats.locale(), text));
                }).orElse(outline);
    }
}
