package com.kamplanner.sponsorship;

import com.kamplanner.people.AppUser;
import com.kamplanner.strategy.ActionPlan;
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
 * A follow-up action the sponsor recorded on a meeting, with an owner and a due date. The sponsor does not write
 * the strategy: the action waits in the KAM's work list until the KAM turns it into an action plan under the
 * action programme they choose, and then keeps who did it and when.
 */
@Entity
@Table(name = "sponsor_follow_up")
public class SponsorFollowUp implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "sponsor_follow_up_seq", sequenceName = "sponsor_follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sponsor_follow_up_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private SponsorMeeting meeting;

    @NotBlank(message = "{sponsorship.followUp.title.required}")
    @Size(max = 200, message = "{sponsorship.followUp.title.size}")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "{sponsorship.followUp.owner.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @NotNull(message = "{sponsorship.followUp.due.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_plan_id")
    private ActionPlan actionPlan;

    @Column(name = "turned_at")
    private Instant turnedAt;

    @Column(name = "turned_by", length = 100)
    private String turnedBy;

    @Version
    private long version;

    protected SponsorFollowUp() {
    }

    SponsorFollowUp(SponsorMeeting meeting, String title, AppUser owner, LocalDate dueDate) {
        this.meeting = meeting;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    /** Marks the follow-up as turned into this action plan by the KAM: it leaves the work list for good. */
    public void turnedInto(ActionPlan plan, String kam) {
        this.actionPlan = plan;
        this.turnedAt = Instant.now();
        this.turnedBy = kam;
    }

    public boolean isTurned() {
        return turnedAt != null;
    }

    public Long getId() {
        return id;
    }

    public SponsorMeeting getMeeting() {
        return meeting;
    }

    public String getTitle() {
        return title;
    }

    public AppUser getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionPlan getActionPlan() {
        return actionPlan;
    }

    public Instant getTurnedAt() {
        return turnedAt;
    }

    public String getTurnedBy() {
        return turnedBy;
    }

    public long getVersion() {
        return version;
    }
}
