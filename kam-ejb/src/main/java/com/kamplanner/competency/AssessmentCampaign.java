package com.kamplanner.competency;

import jakarta.persistence.Column;
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
import java.time.LocalDate;

/** An assessment round HR opens for a period, under the framework version active at the time. */
@Entity
@Table(name = "assessment_campaign")
public class AssessmentCampaign implements java.io.Serializable {

    /** Open while assessments are being made; closed by HR afterwards. */
    public enum Status { OPEN, CLOSED }

    @Id
    @SequenceGenerator(name = "assessment_campaign_seq", sequenceName = "assessment_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_campaign_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "framework_id")
    private CompetencyFramework framework;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.now();

    @Version
    private long version;

    protected AssessmentCampaign() {
    }

    public AssessmentCampaign(CompetencyFramework framework, String name, LocalDate periodStart, LocalDate periodEnd,
                              String openedBy) {
        this.framework = framework;
        this.name = name;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.openedBy = openedBy;
    }

    public void close() {
        status = Status.CLOSED;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Status getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public long getVersion() {
        return version;
    }
}
