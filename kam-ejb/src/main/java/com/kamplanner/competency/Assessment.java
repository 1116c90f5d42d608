package com.kamplanner.competency;

import com.kamplanner.people.AppUser;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One KAM's assessment in a campaign: their self-assessment, the KA Director's manager assessment, each with
 * evidence, and HR's validated final levels. Once validated it never changes again (the service refuses).
 */
@Entity
@Table(name = "competency_assessment")
public class Assessment implements java.io.Serializable {

    /** Open until HR validates; validated assessments are the KAM's history. */
    public enum Status { OPEN, VALIDATED }

    @Id
    @SequenceGenerator(name = "competency_assessment_seq", sequenceName = "competency_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "campaign_id")
    private AssessmentCampaign campaign;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kam_id")
    private AppUser kam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "self_submitted_at")
    private Instant selfSubmittedAt;

    @Column(name = "self_evidence", length = 4000)
    private String selfEvidence;

    @Column(name = "self_evidence_ref", length = 500)
    private String selfEvidenceRef;

    @Column(name = "manager_username", length = 40)
    private String managerUsername;

    @Column(name = "manager_submitted_at")
    private Instant managerSubmittedAt;

    @Column(name = "manager_evidence", length = 4000)
    private String managerEvidence;

    @Column(name = "manager_evidence_ref", length = 500)
    private String managerEvidenceRef;

    @Column(name = "validated_by", length = 40)
    private String validatedBy;

    @Column(name = "validated_at")
    private Instant validatedAt;

    /** HR confirmed validating although the KAM never self-assessed. */
    @Column(name = "validated_without_self", nullable = false)
    private boolean validatedWithoutSelf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_rating", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<Rating> ratings = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(AssessmentCampaign campaign, AppUser kam) {
        this.campaign = campaign;
        this.kam = kam;
        campaign.getFramework().codes().forEach(code -> ratings.add(new Rating(code)));
    }

    /**
     * A past assessment recorded as already validated, with its three levels per competency: how the demo company
     * (and a migration from an earlier HR tool) brings in history that went through the workflow elsewhere.
     */
    public static Assessment validatedRecord(AssessmentCampaign campaign, AppUser kam, Map<String, int[]> levels,
                                             String validatedBy, Instant validatedAt) {
        Assessment assessment = new Assessment(campaign, kam);
        levels.forEach((code, selfManagerFinal) -> {
            Rating rating = assessment.ratingFor(code);
            rating.setSelfLevel(selfManagerFinal[0]);
            rating.setManagerLevel(selfManagerFinal[1]);
            rating.setFinalLevel(selfManagerFinal[2]);
        });
        assessment.selfSubmittedAt = validatedAt;
        assessment.managerSubmittedAt = validatedAt;
        assessment.managerUsername = validatedBy;
        assessment.status = Status.VALIDATED;
        assessment.validatedBy = validatedBy;
        assessment.validatedAt = validatedAt;
        return assessment;
    }

    public Optional<Rating> rating(String code) {
        return ratings.stream().filter(r -> r.getCompetencyCode().equals(code)).findFirst();
    }

    Rating ratingFor(String code) {
        return rating(code).orElseGet(() -> {
            Rating rating = new Rating(code);
            ratings.add(rating);
            return rating;
        });
    }

    void selfAssessed(String evidence, String evidenceRef) {
        selfEvidence = evidence;
        selfEvidenceRef = evidenceRef;
        selfSubmittedAt = Instant.now();
    }

    void managerAssessed(String manager, String evidence, String evidenceRef) {
        managerUsername = manager;
        managerEvidence = evidence;
        managerEvidenceRef = evidenceRef;
        managerSubmittedAt = Instant.now();
    }

    void validated(String by, boolean withoutSelf) {
        status = Status.VALIDATED;
        validatedBy = by;
        validatedAt = Instant.now();
        validatedWithoutSelf = withoutSelf;
    }

    public boolean isValidated() {
        return status == Status.VALIDATED;
    }

    public boolean isSelfAssessed() {
        return selfSubmittedAt != null;
    }

    public boolean isManagerAssessed() {
        return managerSubmittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public AssessmentCampaign getCampaign() {
        return campaign;
    }

    public AppUser getKam() {
        return kam;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSelfSubmittedAt() {
        return selfSubmittedAt;
    }

    public String getSelfEvidence() {
        return selfEvidence;
    }

    public String getSelfEvidenceRef() {
        return selfEvidenceRef;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public Instant getManagerSubmittedAt() {
        return managerSubmittedAt;
    }

    public String getManagerEvidence() {
        return managerEvidence;
    }

    public String getManagerEvidenceRef() {
        return managerEvidenceRef;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public boolean isValidatedWithoutSelf() {
        return validatedWithoutSelf;
    }

    public List<Rating> getRatings() {
        return ratings;
    }

    public long getVersion() {
        return version;
    }
}
