package com.kamplanner.mail;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One mail of the outbox. Written once by {@link MailOutbox}; after that only the sender changes it, through the
 * conditional updates of {@link OutboxRows}, so the entity has no setters.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false, length = 254)
    private String address;

    @NotBlank
    @Pattern(regexp = "en|fr")
    @Column(nullable = false, length = 8)
    private String language;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String subject;

    @NotBlank
    @Size(max = 100000)
    @Column(name = "plain_text", nullable = false, length = 100000)
    private String plainText;

    @NotBlank
    @Size(max = 100000)
    @Column(nullable = false, length = 100000)
    private String html;

    @Size(max = 1000)
    @Column(length = 1000)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.WAITING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "claimed_by", length = 120)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(Long recipientUserId, String address, String language, String subject, String plainText,
               String html, String link, Instant now) {
        this.recipientUserId = recipientUserId;
        this.address = address;
        this.language = language;
        this.subject = subject;
        this.plainText = plainText;
        this.html = html;
        this.link = link;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getAddress() {
        return address;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getPlainText() {
        return plainText;
    }

    public String getHtml() {
        return html;
    }

    public String getLink() {
        return link;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
