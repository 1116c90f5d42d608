package com.kamplanner.web.account;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.selection.Quadrant;
import java.io.Serializable;

/** The fields of the account page's decision forms, reset from the account after each saved decision. */
public class AccountDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;
    private Quadrant segment;
    private String segmentReason;
    private RelationshipStage currentStage;
    private RelationshipStage targetStage;
    private Long kamId;
    private String capacityReason;
    private Long newMemberId;
    private String newMemberRole;
    private Long sponsorId;

    void reset(Account account) {
        reason = null;
        segment = account.getSegment();
        segmentReason = account.getSegmentReason();
        currentStage = account.getCurrentStage();
        targetStage = account.getTargetStage();
        kamId = account.getKam() == null ? null : account.getKam().getId();
        capacityReason = null;
        newMemberId = null;
        newMemberRole = null;
        sponsorId = account.getSponsor() == null ? null : account.getSponsor().getId();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public String getSegmentReason() {
        return segmentReason;
    }

    public void setSegmentReason(String segmentReason) {
        this.segmentReason = segmentReason;
    }

    public RelationshipStage getCurrentStage() {
        return currentStage;
    }

    public void setCurrentStage(RelationshipStage currentStage) {
        this.currentStage = currentStage;
    }

    public RelationshipStage getTargetStage() {
        return targetStage;
    }

    public void setTargetStage(RelationshipStage targetStage) {
        this.targetStage = targetStage;
    }

    public Long getKamId() {
        return kamId;
    }

    public void setKamId(Long kamId) {
        this.kamId = kamId;
    }

    public String getCapacityReason() {
        return capacityReason;
    }

    public void setCapacityReason(String capacityReason) {
        this.capacityReason = capacityReason;
    }

    public Long getNewMemberId() {
        return newMemberId;
    }

    public void setNewMemberId(Long newMemberId) {
        this.newMemberId = newMemberId;
    }

    public String getNewMemberRole() {
        return newMemberRole;
    }

    public void setNewMemberRole(String newMemberRole) {
        this.newMemberRole = newMemberRole;
    }

    public Long getSponsorId() {
        return sponsorId;
    }

    public void setSponsorId(Long sponsorId) {
        this.sponsorId = sponsorId;
    }
}
