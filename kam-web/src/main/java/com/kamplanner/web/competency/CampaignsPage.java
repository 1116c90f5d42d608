package com.kamplanner.web.competency;

import com.kamplanner.competency.AssessmentCampaign;
import com.kamplanner.competency.CampaignProgress;
import com.kamplanner.competency.CampaignService;
import com.kamplanner.competency.CompetencyPrivacy;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Backs {@code competency/campaigns.xhtml}: HR opens campaigns; HR and the KA Director follow their progress. */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    PageMessages messages;

    private List<AssessmentCampaign> list;
    private Long selectedId;
    private List<CampaignProgress> progress = List.of();
    private String name;
    private LocalDate start = LocalDate.now().withDayOfYear(1);
    private LocalDate end = LocalDate.now().withMonth(12).withDayOfMonth(31);
    private boolean hr;

    @PostConstruct
    void load() {
        hr = privacy.isHr();
        list = campaigns.list();
        if (selectedId == null && !list.isEmpty()) {
            selectedId = list.get(0).getId();
        }
        progress = selectedId == null ? List.of() : campaigns.progress(selectedId);
    }

    public void open() {
        AssessmentCampaign campaign = campaigns.open(name, start, end);
        messages.info("competency.campaign.opened", campaign.getName());
        selectedId = campaign.getId();
        name = null;
        load();
    }

    public void show(AssessmentCampaign campaign) {
        selectedId = campaign.getId();
        load();
    }

    public void close(AssessmentCampaign campaign) {
        campaigns.close(campaign.getId());
        messages.info("competency.campaign.closedInfo", campaign.getName());
        load();
    }

    public String getSelectedName() {
        return list.stream().filter(c -> c.getId().equals(selectedId)).findFirst().map(AssessmentCampaign::getName)
                .orElse("");
    }

    public long getWithoutSelf() {
        return progress.stream().filter(p -> !p.isSelfAssessed()).count();
    }

    public boolean isHr() {
        return hr;
    }

    public List<AssessmentCampaign> getList() {
        return list;
    }

    public List<CampaignProgress> getProgress() {
        return progress;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
