package com.kamplanner.situation;

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
import java.io.Serializable;
import java.time.Instant;

/**
 * Write access to one section of an account's database, given by the account's KAM to a member of its KA team.
 * For an external team member it is also what makes the section visible at all.
 */
@Entity
@Table(name = "section_grant")
public class SectionGrant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "section_grant_seq", sequenceName = "section_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_grant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "section_key", nullable = false, length = 40)
    private String sectionKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser member;

    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt = Instant.now();

    @Version
    private long version;

    protected SectionGrant() {
    }

    SectionGrant(Account account, String sectionKey, AppUser member, String grantedBy) {
        this.account = account;
        this.sectionKey = sectionKey;
        this.member = member;
        this.grantedBy = grantedBy;
    }

    public Long getId() {
        return id;
    }

    public String getSectionKey() {
        return sectionKey;
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
