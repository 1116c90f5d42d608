package com.kamplanner.situation;

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
import java.io.Serializable;
import java.time.Instant;

/** A row of a stakeholder's attitude history: the attitude set, the one before (null when the contact was added), who and when. */
@Entity
@Table(name = "attitude_change")
public class AttitudeChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "attitude_change_seq", sequenceName = "attitude_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attitude_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id")
    private Stakeholder stakeholder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Attitude attitude;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attitude previous;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected AttitudeChange() {
    }

    /** For the stakeholder service, which records each change, and seeders that tell a contact's past. */
    public AttitudeChange(Stakeholder stakeholder, Attitude previous, Attitude attitude, String changedBy, Instant at) {
        this.stakeholder = stakeholder;
        this.previous = previous;
        this.attitude = attitude;
        this.changedBy = changedBy;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Attitude getAttitude() {
        return attitude;
    }

    public Attitude getPrevious() {
        return previous;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
