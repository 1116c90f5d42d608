package com.kamplanner.calendar;

import com.kamplanner.people.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's calendar feed secret, kept only as its hash: whoever holds the URL reads the feed, so the database
 * never holds a usable token. One per person; a new one replaces it.
 */
@Entity
@Table(name = "calendar_token")
@NamedQuery(name = CalendarToken.OF_USER, query = "select t from CalendarToken t where t.user.id = :user")
@NamedQuery(name = CalendarToken.BY_HASH, query = "select t from CalendarToken t join fetch t.user "
        + "where t.tokenHash = :hash")
public class CalendarToken implements java.io.Serializable {

    static final String OF_USER = "CalendarToken.ofUser";
    static final String BY_HASH = "CalendarToken.byHash";

    @Id
    @SequenceGenerator(name = "calendar_token_seq", sequenceName = "calendar_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_token_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected CalendarToken() {
    }

    CalendarToken(AppUser user, String tokenHash) {
        this.user = user;
        this.tokenHash = tokenHash;
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
