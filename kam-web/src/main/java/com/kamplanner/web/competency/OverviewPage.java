package com.kamplanner.web.competency;

import com.kamplanner.competency.AssessmentCampaign;
import com.kamplanner.competency.CampaignProgress;
import com.kamplanner.competency.CampaignService;
import com.kamplanner.competency.CompetencyProfile;
import com.kamplanner.competency.ProfileService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code competency/overview.xhtml}, HR's overview: the heat map of every KAM × competency, who is below
 * target for the segments of the accounts they hold (their gaps as chips, largest first, each with its development
 * action: {@link CompetencyProfile#getGapsToClose()}), and who has not self-assessed in the open campaign.
 */
@Named
@ViewScoped
public class OverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfileService profiles;

    @Inject
    CampaignService campaigns;

    private List<CompetencyProfile> all;
    private Map<String, String> names;
    private AssessmentCampaign campaign;
    private List<CampaignProgress> withoutSelf = List.of();

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        all = profiles.allProfiles(locale);
        names = profiles.competencyNames(locale);
        campaign = campaigns.list().stream().filter(AssessmentCampaign::isOpen).findFirst().orElse(null);
        withoutSelf = campaign == null ? List.of() : campaigns.withoutSelfAssessment(campaign.getId());
    }

    public List<CompetencyProfile> getProfiles() {
        return all;
    }

    public List<CompetencyProfile> getBelowTarget() {
        return all.stream().filter(p -> !p.getGaps().isEmpty()).toList();
    }

    public List<String> getCodes() {
        return List.copyOf(names.keySet());
    }

    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }

    public AssessmentCampaign getCampaign() {
        return campaign;
    }

    public List<CampaignProgress> getWithoutSelf() {
        return withoutSelf;
    }
}
