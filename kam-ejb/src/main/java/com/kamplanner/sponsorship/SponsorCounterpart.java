package com.kamplanner.sponsorship;

import com.kamplanner.account.Account;
import com.kamplanner.situation.Stakeholder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The customer's counterpart of an account's executive sponsor: one stakeholder of the account's map. Kept apart
 * from the account so that the sponsorship's altitude (is the counterpart at the sponsor's level?) is read from the
 * map, never copied.
 */
@Entity
@Table(name = "sponsor_counterpart")
public class SponsorCounterpart implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "sponsor_counterpart_seq", sequenceName = "sponsor_counterpart_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sponsor_counterpart_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", unique = true)
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stakeholder_id")
    private Stakeholder stakeholder;

    @Column(name = "named_by", nullable = false, length = 100)
    private String namedBy;

    @Version
    private long version;

    protected SponsorCounterpart() {
    }

    public SponsorCounterpart(Account account, Stakeholder stakeholder, String namedBy) {
        this.account = account;
        this.stakeholder = stakeholder;
        this.namedBy = namedBy;
    }

    void rename(Stakeholder other, String by) {
        this.stakeholder = other;
        this.namedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public long getVersion() {
        return version;
    }
}
