package com.kamplanner.strategy;

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

/**
 * The KAM's permission for one member of the account's KA team to write the account's strategy. Team members
 * read the strategy anyway; only a grant lets them change it.
 */
@Entity
@Table(name = "strategy_grant")
public class StrategyGrant implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "strategy_grant_seq", sequenceName = "strategy_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategy_grant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser member;

    @Column(name = "granted_by", nullable = false, length = 40)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt = Instant.now();

    @Version
    private long version;

    protected StrategyGrant() {
    }

    public StrategyGrant(Account account, AppUser member, String grantedBy) {
        this.account = account;
        this.member = member;
        this.grantedBy = grantedBy;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public AppUser getMember() {
        return member;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public long getVersion() {
        return version;
    }
}
