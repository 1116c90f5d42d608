package com.kamplanner.segmentation;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One assignment of a KAM to an account, kept as history, with the capacity override when there was one. */
@Entity
@Table(name = "kam_assignment")
public class KamAssignment implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "kam_assignment_seq", sequenceName = "kam_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kam_assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kam_id")
    private AppUser kam;

    @Column(name = "assigned_by", nullable = false, length = 40)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "capacity_override", nullable = false)
    private boolean capacityOverride;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Version
    private long version;

    protected KamAssignment() {
    }

    KamAssignment(Account account, AppUser kam, String assignedBy, boolean capacityOverride, String overrideReason) {
        this.account = account;
        this.kam = kam;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
        this.capacityOverride = capacityOverride;
        this.overrideReason = overrideReason;
    }

    public boolean isCapacityOverride() {
        return capacityOverride;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
