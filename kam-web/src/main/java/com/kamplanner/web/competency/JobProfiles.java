package com.kamplanner.web.competency;

import com.kamplanner.competency.RecruitingProfile;
import com.kamplanner.competency.TargetProfile;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/** Labels a recruiting job profile in the reader's language, for the framework page and the REST API alike. */
@ApplicationScoped
public class JobProfiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    RecruitingProfile recruiting;

    public byte[] docx(TargetProfile target, Locale locale) {
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

    public String fileName(TargetProfile target, Locale locale) {
        return "job-profile-kam-" + (target.getSegment() == null ? "all" : target.getSegment().name().toLowerCase(Locale.ROOT))
                + "-" + locale.getLanguage() + ".docx";
    }
}
