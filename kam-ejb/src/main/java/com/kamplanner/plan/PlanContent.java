package com.kamplanner.plan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan version says, assembled from the live data or read back from its snapshot: the one shape the
 * pages, the REST API, the comparison and the PDF and Word output all render.
 */
public class PlanContent implements Serializable {

    private static final long serialVersionUID = 1L;

    private long accountId;
    private String accountName;
    private String segment;
    private String kamName;
    private String sponsorName;
    private int versionNumber;
    private String status;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate horizonEnd;
    /**
     * The horizon the strategy template in force checks for strategic objectives, in years (issue 19, section 4);
     * null when it checks none.
     */
    private Integer strategicHorizonYears;
    private String approvedBy;
    private Instant approvedAt;
    private Instant assembledAt;
    private String summary;
    private List<String> customerPriorities = new ArrayList<>();
    private String currentStage;
    private String targetStage;
    private String vision;
    private String mission;
    private String direction;
    private String orientationStatement;
    private String orientationJustification;
    private List<ObjectiveItem> objectives = new ArrayList<>();
    private List<ProgrammeItem> programmes = new ArrayList<>();
    private List<ContingencyItem> contingencies = new ArrayList<>();
    private List<TeamItem> team = new ArrayList<>();
    private List<MilestoneItem> milestones = new ArrayList<>();

    public long getAccountId() {
        return accountId;
    }

    public void setAccountId(long accountId) {
        this.accountId = accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getKamName() {
        return kamName;
    }

    public void setKamName(String kamName) {
        this.kamName = kamName;
    }

    public String getSponsorName() {
        return sponsorName;
    }

    public void setSponsorName(String sponsorName) {
        this.sponsorName = sponsorName;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(int versionNumber) {
        this.versionNumber = versionNumber;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public LocalDate getHorizonEnd() {
        return horizonEnd;
    }

    public void setHorizonEnd(LocalDate horizonEnd) {
        this.horizonEnd = horizonEnd;
    }

    public Integer getStrategicHorizonYears() {
        return strategicHorizonYears;
    }

    public void setStrategicHorizonYears(Integer strategicHorizonYears) {
        this.strategicHorizonYears = strategicHorizonYears;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(Instant approvedAt) {
        this.approvedAt = approvedAt;
    }

    public Instant getAssembledAt() {
        return assembledAt;
    }

    public void setAssembledAt(Instant assembledAt) {
        this.assembledAt = assembledAt;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getCustomerPriorities() {
        return customerPriorities;
    }

    public void setCustomerPriorities(List<String> customerPriorities) {
        this.customerPriorities = customerPriorities;
    }

    public String getCurrentStage() {
        return currentStage;
    }

    public void setCurrentStage(String currentStage) {
        this.currentStage = currentStage;
    }

    public String getTargetStage() {
        return targetStage;
    }

    public void setTargetStage(String targetStage) {
        this.targetStage = targetStage;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getOrientationStatement() {
        return orientationStatement;
    }

    public void setOrientationStatement(String orientationStatement) {
        this.orientationStatement = orientationStatement;
    }

    public String getOrientationJustification() {
        return orientationJustification;
    }

    public void setOrientationJustification(String orientationJustification) {
        this.orientationJustification = orientationJustification;
    }

    public List<ObjectiveItem> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<ObjectiveItem> objectives) {
        this.objectives = objectives;
    }

    public List<ProgrammeItem> getProgrammes() {
        return programmes;
    }

    public void setProgrammes(List<ProgrammeItem> programmes) {
        this.programmes = programmes;
    }

    public List<ContingencyItem> getContingencies() {
        return contingencies;
    }

    public void setContingencies(List<ContingencyItem> contingencies) {
        this.contingencies = contingencies;
    }

    public List<TeamItem> getTeam() {
        return team;
    }

    public void setTeam(List<TeamItem> team) {
        this.team = team;
    }

    public List<MilestoneItem> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneItem> milestones) {
        this.milestones = milestones;
    }
}
