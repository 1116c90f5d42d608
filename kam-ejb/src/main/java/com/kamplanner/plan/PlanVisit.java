package com.kamplanner.plan;

import com.kamplanner.account.Account;
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

/** When a person last opened an account's team page: what they have not seen yet is what changed since. */
@Entity
@Table(name = "plan_visit")
public class PlanVisit implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "plan_visit_seq", sequenceName = "plan_visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_visit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt = Instant.now();

    @Version
    private long version;

    protected PlanVisit() {
    }

    public PlanVisit(Account account, String username) {
        this.account = account;
        this.username = username;
    }

    void visit(Instant at) {
        visitedAt = at;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }
}
