package com.kamplanner.web.account;

import com.kamplanner.platform.Download;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The sponsorship board's XLSX download in the reader's language: the same rows the page shows the reader (an
 * executive their own sponsorships, the KA Director every sponsor's); the programme service audits and counts,
 * this class only lends it the bundle's words.
 */
@ApplicationScoped
public class SponsorshipExport {

    @Inject
    SponsorshipProgramme programme;

    @Inject
    AssignmentService assignments;

    public Download xlsx(Locale locale) {
        return programme.export(assignments.withoutRequiredSponsor(), key -> Bundle.text(locale, key));
    }
}
