package com.kamplanner.situation;

import com.kamplanner.account.Account;
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

/**
 * A stakeholder's weight on another beyond the reporting line (informal influence, ally, adversary), drawn on the
 * org chart apart from the reports-to lines. At most one line from one stakeholder to another.
 */
@Entity
@Table(name = "influence_line")
public class InfluenceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "influence_line_seq", sequenceName = "influence_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "influence_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_id")
    private Stakeholder from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_id")
    private Stakeholder to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InfluenceKind kind;

    protected InfluenceLine() {
    }

    /** For the service and seeders: a line within one account ({@code from} and {@code to} belong to it). */
    public InfluenceLine(Account account, Stakeholder from, Stakeholder to, InfluenceKind kind) {
        this.account = account;
        this.from = from;
        this.to = to;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public Stakeholder getFrom() {
        return from;
    }

    public Stakeholder getTo() {
        return to;
    }

    public InfluenceKind getKind() {
        return kind;
    }

    void setKind(InfluenceKind kind) {
        this.kind = kind;
    }
}
