package com.kamplanner.web.competency;

import com.kamplanner.competency.RecruitingProfile;
import com.kamplanner.platform.Download;
import com.kamplanner.competency.TargetProfile;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Labels a recruiting job profile in the reader's language, for the framework page and the REST API alike; the
 * recruiting service builds, audits and counts it.
 */
@ApplicationScoped
public class JobProfiles {

    @Inject
    RecruitingProfile recruiting;

    public Download docx(TargetProfile target, Locale locale) {
        String segment = target.getSegment() == null ? Bundle.text(locale, "competency.target.allAccounts")
                : Bundle.text(locale, "quadrant." + target.getSegment().name());
        Map<String, String> labels = Map.of(
                "title", Bundle.text(locale, "competency.job.title", segment),
                "intro", Bundle.text(locale, "competency.job.intro"),
                "competency", Bundle.text(locale, "competency.competency"),
                "level", Bundle.text(locale, "competency.job.level"),
                "expected", Bundle.text(locale, "competency.job.expected"));
        return recruiting.docx(target.getId(), locale, labels);
    }
}
