package com.kamplanner.web.segmentation;

import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.segmentation.SegmentSettingsService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Backs {@code segmentation/segments.xhtml}: per-segment settings, the KAM capacity and the stakeholder freshness, for the KA Director. */
@Named
@ViewScoped
public class SegmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SegmentSettingsService segments;

    @Inject
    ProgrammeSettings programme;

    @Inject
    PageMessages messages;

    private List<SegmentSetting> settings;
    private BigDecimal capacity;
    private Integer freshnessDays;

    @PostConstruct
    void load() {
        settings = segments.all();
        capacity = programme.kamCapacity();
        freshnessDays = programme.stakeholderFreshnessDays();
    }

    public void save(SegmentSetting setting) {
        segments.save(setting);
        messages.info("segments.saved");
        load();
    }

    public void saveCapacity() {
        programme.setKamCapacity(capacity);
        messages.info("segments.saved");
        load();
    }

    public void saveFreshness() {
        programme.setStakeholderFreshnessDays(freshnessDays);
        messages.info("segments.saved");
        load();
    }

    public Integer getFreshnessDays() {
        return freshnessDays;
    }

    public void setFreshnessDays(Integer freshnessDays) {
        this.freshnessDays = freshnessDays;
    }

    public List<SegmentSetting> getSettings() {
        return settings;
    }

    public BigDecimal getCapacity() {
        return capacity;
    }

    public void setCapacity(BigDecimal capacity) {
        this.capacity = capacity;
    }
}
