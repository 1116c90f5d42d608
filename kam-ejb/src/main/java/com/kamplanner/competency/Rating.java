package com.kamplanner.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The three levels given to one competency in one assessment: the KAM's, the KA Director's and HR's final. */
@Embeddable
public class Rating implements java.io.Serializable {

    @Column(name = "competency_code", nullable = false, length = 40)
    private String competencyCode;

    @Column(name = "self_level")
    private Integer selfLevel;

    @Column(name = "manager_level")
    private Integer managerLevel;

    @Column(name = "final_level")
    private Integer finalLevel;

    @Column(name = "final_comment", length = 2000)
    private String finalComment;

    protected Rating() {
    }

    public Rating(String competencyCode) {
        this.competencyCode = competencyCode;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public Integer getSelfLevel() {
        return selfLevel;
    }

    void setSelfLevel(Integer selfLevel) {
        this.selfLevel = selfLevel;
    }

    public Integer getManagerLevel() {
        return managerLevel;
    }

    void setManagerLevel(Integer managerLevel) {
        this.managerLevel = managerLevel;
    }

    public Integer getFinalLevel() {
        return finalLevel;
    }

    void setFinalLevel(Integer finalLevel) {
        this.finalLevel = finalLevel;
    }

    public String getFinalComment() {
        return finalComment;
    }

    void setFinalComment(String finalComment) {
        this.finalComment = finalComment;
    }
}
