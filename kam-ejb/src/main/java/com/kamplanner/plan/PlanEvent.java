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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One step of a version's review, kept for good: who submitted, returned (with the comments) or approved it, and
 * when. A version returned and resubmitted keeps every round.
 */
@Entity
@Table(name = "plan_event")
public class PlanEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened to the version. */
    public enum Kind { SUBMITTED, RETURNED, APPROVED, SUPERSEDED }

    @Id
    @SequenceGenerator(name = "plan_event_seq", sequenceName = "plan_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private PlanVersion planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(name = "at_time", nullable = false)
    private Instant at = Instant.now();

    @Column(length = 4000)
    private String comments;

    @Version
    private long version;

    protected PlanEvent() {
    }

    public PlanEvent(PlanVersion planVersion, Kind kind, String actor, String comments) {
        this.planVersion = planVersion;
        this.kind = kind;
        this.actor = actor;
        this.comments = comments;
    }

    public Long getId() {
        return id;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public int getVersionNumber() {
        return planVersion.getNumber();
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getComments() {
        return comments;
    }
}
