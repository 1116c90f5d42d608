package com.kamplanner.conflict;

import com.kamplanner.account.Account;
import com.kamplanner.platform.FreeText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the conflict register: what the conflict is about, between whom (key accounts picked from the
 * portfolio and/or functions and levels named in free text), where it stands, and how it was resolved.
 */
@Entity
@Table(name = "programme_conflict")
public class Conflict implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "programme_conflict_seq", sequenceName = "programme_conflict_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_conflict_seq")
    private Long id;

    @NotBlank(message = "{conflict.title.required}")
    @Size(max = 200, message = "{conflict.title.size}")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "{conflict.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConflictKind kind;

    /** The functions or levels involved, in free text ("Production vs Sales", "KAM vs plant management"). */
    @Size(max = 500, message = "{conflict.otherParties.size}")
    @Column(name = "other_parties", length = 500)
    private String otherParties;

    @NotBlank(message = "{conflict.description.required}")
    @Size(max = 4000, message = "{conflict.description.size}")
    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private ConflictStatus status = ConflictStatus.OPEN;

    @Size(max = 4000, message = "{conflict.resolution.size}")
    @Column(length = 4000)
    private String resolution;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "resolved_by", length = 40)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @ManyToMany
    @JoinTable(name = "conflict_party", joinColumns = @JoinColumn(name = "conflict_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    @OrderBy("name")
    private List<Account> accounts = new ArrayList<>();

    @Version
    private long version;

    protected Conflict() {
    }

    public Conflict(String title, ConflictKind kind, String description, String openedBy, Instant openedAt) {
        this.title = title;
        this.kind = kind;
        this.description = description;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Moves the conflict forward, after {@link ConflictRules#checkMove}; resolving records who and when. */
    void moveTo(ConflictStatus next, String note, String actor, Instant at) {
        ConflictRules.checkMove(status, next, note);
        status = next;
        if (next == ConflictStatus.RESOLVED) {
            resolution = note.strip();
            resolvedBy = actor;
            resolvedAt = at;
        }
    }

    void edit(String title, ConflictKind kind, String otherParties, String description, List<Account> parties) {
        this.title = title == null ? null : title.strip();
        this.kind = kind;
        this.otherParties = FreeText.orNull(otherParties);
        this.description = description == null ? null : description.strip();
        this.accounts.clear();
        this.accounts.addAll(parties);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public String getOtherParties() {
        return otherParties;
    }

    public String getDescription() {
        return description;
    }

    public ConflictStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    /** Whether it names functions or levels of the company: they are written in {@link #getOtherParties()}. */
    public boolean namesFunctions() {
        return otherParties != null && !otherParties.isBlank();
    }

    /** The accounts' names, comma-separated, for tables and exports. */
    public String getAccountNames() {
        return String.join(", ", accounts.stream().map(Account::getName).toList());
    }

    public long getVersion() {
        return version;
    }
}
