package com.kamplanner.security;

import com.kamplanner.people.AppUser;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's API token, kept only as its hash: whoever holds the text calls the API as its owner, so the database
 * never holds a usable token. A person may have several (one per integration), each with its own expiry and
 * read-only flag; revoking one deletes it. Not in the shared cache: its last use is written by a plain update that
 * skips the version (see {@link ApiTokens#authenticate}), and every read must see it.
 */
@Entity
@Cacheable(false)
@Table(name = "api_token")
@NamedQuery(name = ApiToken.OF_USER, query = "select t from ApiToken t where t.user.id = :user "
        + "order by t.createdAt desc, t.id desc")
@NamedQuery(name = ApiToken.ALL, query = "select t from ApiToken t join fetch t.user "
        + "order by t.user.username, t.createdAt desc, t.id desc")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
public class ApiToken implements java.io.Serializable {

    static final String OF_USER = "ApiToken.ofUser";
    static final String ALL = "ApiToken.all";
    static final String BY_HASH = "ApiToken.byHash";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(nullable = false, length = ApiTokenRules.NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(AppUser user, String name, String tokenHash, boolean readOnly, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.readOnly = readOnly;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void usedAt(Instant when) {
        lastUsedAt = when;
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    /** Whether the token still opens the API at {@code now}. */
    public boolean isCurrentAt(Instant now) {
        return ApiTokenRules.current(expiresAt, now);
    }

    public long getVersion() {
        return version;
    }
}
