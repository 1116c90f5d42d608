package com.kamplanner.competency;

import java.io.Serializable;

/** Where one KAM's assessment stands in a campaign: what HR follows to chase missing self-assessments. */
public class CampaignProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long assessmentId;
    private final long kamId;
    private final String kamName;
    private final boolean selfAssessed;
    private final boolean managerAssessed;
    private final boolean validated;

    public CampaignProgress(Assessment a) {
        this.assessmentId = a.getId();
        this.kamId = a.getKam().getId();
        this.kamName = a.getKam().getDisplayName();
        this.selfAssessed = a.isSelfAssessed();
        this.managerAssessed = a.isManagerAssessed();
        this.validated = a.isValidated();
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public long getKamId() {
        return kamId;
    }

    public String getKamName() {
        return kamName;
    }

    public boolean isSelfAssessed() {
        return selfAssessed;
    }

    public boolean isManagerAssessed() {
        return managerAssessed;
    }

    public boolean isValidated() {
        return validated;
    }
}
