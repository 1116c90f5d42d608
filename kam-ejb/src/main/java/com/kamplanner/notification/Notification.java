package com.kamplanner.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing a person was told: its kind and the arguments of its title (never the text, so that it reads in the
 * recipient's language), the account and section it is about (which the rights model checks when it is read), the
 * page it links to, relative to the application root, and when it was made, read and done with by e-mail. Made by
 * {@link Notifications}; only its reading ({@link #markRead}) and its mailing ({@link #settleMail}) change.
 */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest title argument kept: a long comment is cut, the page holds the whole of it. */
    static final int MAX_ARGUMENT = 300;

    private static final String SEPARATOR = "\u001F";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "section_key", length = 80)
    private String sectionKey;

    @Column(name = "title_args", nullable = false, length = 4000)
    private String titleArgs;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** When e-mail was done with it (mailed at once, in a digest, or not to be mailed); null while a digest owes it. */
    @Column(name = "digested_at")
    private Instant digestedAt;

    @Version
    private long version;

    protected Notification() {
    }

    Notification(long recipientId, Occasion occasion, Instant now) {
        this.recipientId = recipientId;
        this.kind = occasion.kind();
        this.accountId = occasion.accountId();
        this.sectionKey = occasion.sectionKey();
        this.titleArgs = write(occasion.titleArgs());
        this.url = occasion.url();
        this.dedupeKey = occasion.dedupeKey();
        this.createdAt = now;
    }

    /** Marks it read, once: reading it again keeps the first time. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Marks it done with by e-mail, once: a digest never takes it again. */
    void settleMail(Instant now) {
        if (digestedAt == null) {
            digestedAt = now;
        }
    }

    /**
     * The arguments in one column, separated by the ASCII unit separator (which free text never holds: it is
     * dropped), each cut at {@link #MAX_ARGUMENT} characters.
     */
    static String write(List<String> arguments) {
        return arguments.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, ""))
                .map(a -> a.length() > MAX_ARGUMENT ? a.substring(0, MAX_ARGUMENT - 1) + "…" : a)
                .collect(Collectors.joining(SEPARATOR));
    }

    static List<String> read(String arguments) {
        return List.of(arguments.split(SEPARATOR, -1));
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    /** The arguments of the title, in order, as {@link NotificationKind} lists them. */
    public List<String> getTitleArgs() {
        return read(titleArgs);
    }

    public String getUrl() {
        return url;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getDigestedAt() {
        return digestedAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public long getVersion() {
        return version;
    }
}
