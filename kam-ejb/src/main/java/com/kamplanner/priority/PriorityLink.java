package com.kamplanner.priority;

import com.kamplanner.strategy.Objective;
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

/**
 * A strategic objective serves a corporate priority: the many-to-many between {@link Objective} and
 * {@link CorporatePriority}, kept as its own record so that linking neither changes the objective's version nor
 * the priority's (a KAM linking and an executive rewording the priority never collide), and records who linked.
 */
@Entity
@Table(name = "priority_link")
public class PriorityLink implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "priority_link_seq", sequenceName = "priority_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "priority_link_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    private CorporatePriority priority;

    @Column(name = "linked_by", nullable = false, length = 40)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt = Instant.now();

    @Version
    private long version;

    protected PriorityLink() {
    }

    public PriorityLink(Objective objective, CorporatePriority priority, String linkedBy) {
        this.objective = objective;
        this.priority = priority;
        this.linkedBy = linkedBy;
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    public CorporatePriority getPriority() {
        return priority;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public long getVersion() {
        return version;
    }
}
