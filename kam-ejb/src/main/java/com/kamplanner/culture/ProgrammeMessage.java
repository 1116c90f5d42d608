package com.kamplanner.culture;

import com.kamplanner.people.AppUser;
import com.kamplanner.selection.Quadrant;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A short message the executive or the KA Director publishes to the programme, in English, French or both, to an
 * {@link Audience}; made through {@link ProgrammeMessages} once {@link CultureRules#checkMessage} accepted it,
 * and afterwards only withdrawn by its author.
 */
@Entity
@Table(name = "programme_message")
public class ProgrammeMessage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "programme_message_seq", sequenceName = "programme_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_message_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Size(max = CultureRules.MESSAGE_MAX, message = "{culture.message.size}")
    @Column(name = "text_en", length = CultureRules.MESSAGE_MAX)
    private String textEn;

    @Size(max = CultureRules.MESSAGE_MAX, message = "{culture.message.size}")
    @Column(name = "text_fr", length = CultureRules.MESSAGE_MAX)
    private String textFr;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ProgrammeMessage() {
    }

    ProgrammeMessage(MessageDraft checked, AppUser author, Instant publishedAt) {
        this.audience = checked.audience();
        this.segment = checked.segment();
        this.textEn = checked.textEn();
        this.textFr = checked.textFr();
        this.author = author;
        this.publishedAt = publishedAt;
    }

    /** Seeds a message without a signed-in caller (the demo company); users publish through the service. */
    public static ProgrammeMessage seeded(MessageDraft draft, AppUser author, Instant publishedAt) {
        return new ProgrammeMessage(CultureRules.checkMessage(draft), author, publishedAt);
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Audience getAudience() {
        return audience;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextFr() {
        return textFr;
    }

    public AppUser getAuthor() {
        return author;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public long getVersion() {
        return version;
    }
}
