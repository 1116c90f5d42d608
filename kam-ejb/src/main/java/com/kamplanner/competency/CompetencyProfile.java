package com.kamplanner.competency;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A KAM's competency profile as the reader's language shows it: validated levels against the target of their
 * role and segments, gaps by size, the trend since the previous campaign, disagreements between self and
 * manager, and the development plan.
 */
public class CompetencyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long kamId;
    private final String kamName;
    private final String campaignName;
    private final String previousCampaignName;
    private final int frameworkNumber;
    private final Set<Quadrant> segments;
    private final List<ProfileLine> lines;
    private final List<Gap> gaps;
    private final List<DevelopmentAction> plan;
    private final List<Assessment> history;

    public CompetencyProfile(long kamId, String kamName, String campaignName, String previousCampaignName,
                             int frameworkNumber, Set<Quadrant> segments, List<ProfileLine> lines, List<Gap> gaps,
                             List<DevelopmentAction> plan, List<Assessment> history) {
        this.kamId = kamId;
        this.kamName = kamName;
        this.campaignName = campaignName;
        this.previousCampaignName = previousCampaignName;
        this.frameworkNumber = frameworkNumber;
        this.segments = segments;
        this.lines = List.copyOf(lines);
        this.gaps = List.copyOf(gaps);
        this.plan = List.copyOf(plan);
        this.history = List.copyOf(history);
    }

    /** Every validated assessment of the KAM, newest first, each with the framework version it used. */
    public List<Assessment> getHistory() {
        return history;
    }

    public long getKamId() {
        return kamId;
    }

    public String getKamName() {
        return kamName;
    }

    /** The last validated campaign, or null when the KAM was never validated. */
    public String getCampaignName() {
        return campaignName;
    }

    public String getPreviousCampaignName() {
        return previousCampaignName;
    }

    /** The framework version the last validated assessment used. */
    public int getFrameworkNumber() {
        return frameworkNumber;
    }

    public Set<Quadrant> getSegments() {
        return segments;
    }

    public List<ProfileLine> getLines() {
        return lines;
    }

    public List<Gap> getGaps() {
        return gaps;
    }

    /** The gaps, largest first, each with the open development action aimed at it (HR's overview shows them). */
    public List<GapToClose> getGapsToClose() {
        return GapAnalysis.toClose(gaps, plan);
    }

    public List<ProfileLine> getDisagreements() {
        return lines.stream().filter(ProfileLine::isDisagreement).toList();
    }

    public List<DevelopmentAction> getPlan() {
        return plan;
    }

    public String nameOf(String code) {
        return lines.stream().filter(l -> l.getCode().equals(code)).findFirst().map(ProfileLine::getName)
                .orElse(code);
    }
}
