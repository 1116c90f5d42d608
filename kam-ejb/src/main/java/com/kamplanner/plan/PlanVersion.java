package com.kamplanner.plan;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Version n of an account's plan, for one period. While working (or returned) it is assembled from the live
 * data; from its submission on it renders from {@link #getSnapshot() the JSON snapshot} taken then, so an
 * approved version reads exactly as approved whatever happens to the strategy afterwards.
 */
@Entity
@Table(name = "plan_version")
@NamedQuery(name = PlanVersion.OF_ACCOUNT, query = "select v from PlanVersion v where v.plan.account.id = :account "
        + "order by v.number desc")
public class PlanVersion implements java.io.Serializable {

    public static final String OF_ACCOUNT = "PlanVersion.ofAccount";

    @Id
    @SequenceGenerator(name = "plan_version_seq", sequenceName = "plan_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private KeyAccountPlan plan;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VersionStatus status = VersionStatus.WORKING;

    /** The KAM's short situation summary, shown with what the Key Account Database says. */
    @Column(length = 4000)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 40)
    private String approvedBy;

    @Column(length = 200000)
    private String snapshot;

    @Version
    private long version;

    protected PlanVersion() {
    }

    public PlanVersion(KeyAccountPlan plan, int number, LocalDate periodStart, LocalDate periodEnd, String createdBy) {
        this.plan = plan;
        this.number = number;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.createdBy = createdBy;
    }

    void submit(String json) {
        status = VersionStatus.SUBMITTED;
        snapshot = json;
    }

    void returnToKam() {
        status = VersionStatus.RETURNED;
        snapshot = null;
    }

    void approve(String director, Instant at) {
        status = VersionStatus.APPROVED;
        approvedBy = director;
        approvedAt = at;
    }

    void supersede() {
        status = VersionStatus.SUPERSEDED;
    }

    void edit(String summary, LocalDate periodStart, LocalDate periodEnd) {
        this.summary = summary;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    public Long getId() {
        return id;
    }

    public KeyAccountPlan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public long getVersion() {
        return version;
    }
}
