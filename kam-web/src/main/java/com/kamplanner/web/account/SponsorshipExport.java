package com.kamplanner.web.account;

import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.sponsorship.SponsorshipWorkbook;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The sponsorship board as an XLSX download in the reader's language: the same rows the page shows the reader
 * (an executive their own sponsorships, the KA Director every sponsor's), audited and counted in the metrics.
 */
@ApplicationScoped
public class SponsorshipExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String FILE_NAME = "executive-sponsorship.xlsx";

    @Inject
    SponsorshipProgramme programme;

    @Inject
    AssignmentService assignments;

    @Inject
    ProgrammeMetrics metrics;

    public byte[] xlsx(Locale locale) {
        byte[] file = SponsorshipWorkbook.xlsx(programme.board(), assignments.withoutRequiredSponsor(),
                key -> Bundle.text(locale, key));
        programme.exported("xlsx");
        metrics.exportProduced("xlsx");
        return file;
    }
}
