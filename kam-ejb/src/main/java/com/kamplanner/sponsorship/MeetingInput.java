package com.kamplanner.sponsorship;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sponsor meeting as the sponsor logs it, from the page or as the body of
 * {@code POST /api/accounts/{id}/sponsor-meetings}: the date, who attended (stakeholder ids of the account's map,
 * user ids of ours), notes, outcomes and the follow-up actions. A bean, so that JSON-B and the page both bind it.
 */
public class MeetingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{sponsorship.meeting.date.required}")
    private LocalDate date;

    private List<Long> customerAttendeeIds = new ArrayList<>();

    private List<Long> ourAttendeeIds = new ArrayList<>();

    @NotBlank(message = "{sponsorship.meeting.note.required}")
    @Size(max = 2000, message = "{sponsorship.meeting.note.size}")
    private String notes;

    @Size(max = 2000, message = "{sponsorship.meeting.outcomes.size}")
    private String outcomes;

    @Valid
    private List<FollowUpInput> followUps = new ArrayList<>();

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<Long> getCustomerAttendeeIds() {
        return customerAttendeeIds;
    }

    public void setCustomerAttendeeIds(List<Long> customerAttendeeIds) {
        this.customerAttendeeIds = customerAttendeeIds == null ? new ArrayList<>() : customerAttendeeIds;
    }

    public List<Long> getOurAttendeeIds() {
        return ourAttendeeIds;
    }

    public void setOurAttendeeIds(List<Long> ourAttendeeIds) {
        this.ourAttendeeIds = ourAttendeeIds == null ? new ArrayList<>() : ourAttendeeIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public List<FollowUpInput> getFollowUps() {
        return followUps;
    }

    public void setFollowUps(List<FollowUpInput> followUps) {
        this.followUps = followUps == null ? new ArrayList<>() : followUps;
    }

    /** One follow-up action: what, who owns it (a user id) and by when. */
    public static class FollowUpInput implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{sponsorship.followUp.title.required}")
        @Size(max = 200, message = "{sponsorship.followUp.title.size}")
        private String title;

        @NotNull(message = "{sponsorship.followUp.owner.required}")
        private Long ownerId;

        @NotNull(message = "{sponsorship.followUp.due.required}")
        private LocalDate due;

        public FollowUpInput() {
        }

        public FollowUpInput(String title, Long ownerId, LocalDate due) {
            this.title = title;
            this.ownerId = ownerId;
            this.due = due;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }
}
