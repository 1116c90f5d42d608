package com.kamplanner.account;

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

/**
 * One change of an account's current relationship stage, kept when the KAM or the KA Director records it: the
 * account's own evidence that the relationship moved up (or down), which a recognition may cite. Never edited.
 */
@Entity
@Table(name = "stage_change")
public class StageChange implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "stage_change_seq", sequenceName = "stage_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 20)
    private RelationshipStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private RelationshipStage to;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected StageChange() {
    }

    public StageChange(Account account, RelationshipStage from, RelationshipStage to, String changedBy,
                       Instant changedAt) {
        this.account = account;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public RelationshipStage getFrom() {
        return from;
    }

    public RelationshipStage getTo() {
        return to;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
