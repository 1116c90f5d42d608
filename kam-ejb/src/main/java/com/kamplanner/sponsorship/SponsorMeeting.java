package com.kamplanner.sponsorship;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting the executive sponsor held with a key account, as the sponsor logged it: the executive's part in the
 * customer relationship, which the sponsorship programme shows as the account's last sponsor meeting.
 */
@Entity
@Table(name = "sponsor_meeting")
public class SponsorMeeting implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "sponsor_meeting_seq", sequenceName = "sponsor_meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sponsor_meeting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sponsor_id")
    private AppUser sponsor;

    @NotNull(message = "{sponsorship.meeting.date.required}")
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @NotBlank(message = "{sponsorship.meeting.note.required}")
    @Size(max = 2000, message = "{sponsorship.meeting.note.size}")
    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected SponsorMeeting() {
    }

    public SponsorMeeting(Account account, AppUser sponsor, LocalDate meetingDate, String note) {
        this.account = account;
        this.sponsor = sponsor;
        this.meetingDate = meetingDate;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public AppUser getSponsor() {
        return sponsor;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
