package com.kamplanner.sponsorship;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.situation.Stakeholder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A meeting the executive sponsor held with a key account, as the sponsor logged it: the executive's part in the
 * customer relationship. It keeps who attended on both sides (the customer's from the stakeholder map, ours from
 * the users), the notes and outcomes, and the follow-up actions the KAM turns into action plans.
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

    @Size(max = 2000, message = "{sponsorship.meeting.outcomes.size}")
    @Column(length = 2000)
    private String outcomes;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "sponsor_meeting_customer", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "stakeholder_id"))
    @OrderBy("name")
    private Set<Stakeholder> customerAttendees = new LinkedHashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "sponsor_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("displayName")
    private Set<AppUser> ourAttendees = new LinkedHashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("dueDate, id")
    private List<SponsorFollowUp> followUps = new ArrayList<>();

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

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public Set<Stakeholder> getCustomerAttendees() {
        return customerAttendees;
    }

    public Set<AppUser> getOurAttendees() {
        return ourAttendees;
    }

    public List<SponsorFollowUp> getFollowUps() {
        return followUps;
    }

    /** Records a follow-up action on this meeting. */
    public SponsorFollowUp addFollowUp(String title, AppUser owner, LocalDate due) {
        SponsorFollowUp followUp = new SponsorFollowUp(this, title, owner, due);
        followUps.add(followUp);
        return followUp;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
