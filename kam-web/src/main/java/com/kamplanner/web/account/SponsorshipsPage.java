package com.kamplanner.web.account;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.sponsorship.MeetingInput;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.sponsorship.SponsorMeetings;
import com.kamplanner.sponsorship.SponsorScore;
import com.kamplanner.sponsorship.SponsoredAccount;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code accounts/sponsorships.xhtml}: the executive sponsorship programme. An executive sees the accounts
 * they sponsor with each one's meeting history, plan state and customer counterpart, logs a meeting with its
 * attendees and follow-ups, names the counterpart, sees their own scorecard, and can take on a key account that
 * needs a sponsor; the KA Director sees every sponsor's accounts and scorecard, and names counterparts too.
 */
@Named
@ViewScoped
public class SponsorshipsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignments;

    @Inject
    SponsorshipProgramme programme;

    @Inject
    SponsorMeetings meetings;

    @Inject
    SponsorshipExport export;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<SponsoredAccount> board;
    private List<SponsorScore> scorecard;
    private List<Account> withoutSponsor;
    private boolean executive;
    private final Map<Long, List<SponsorMeeting>> histories = new HashMap<>();

    private Long meetingAccountId;
    private MeetingInput meeting = freshMeeting();
    private List<Stakeholder> customerChoices = List.of();
    private List<AppUser> ourPeople;

    private Long counterpartAccountId;
    private Long counterpartId;
    private List<Stakeholder> counterpartChoices = List.of();

    @PostConstruct
    void load() {
        executive = caller.isExecutive();
        board = programme.board();
        scorecard = programme.scorecard();
        withoutSponsor = assignments.withoutRequiredSponsor();
        histories.clear();
    }

    /** The calling executive becomes the account's sponsor. */
    public void sponsor(Account account) {
        assignments.takeOnSponsorship(account.getId());
        messages.info("sponsorships.taken", account.getName());
        load();
    }

    public void giveUp(SponsoredAccount account) {
        assignments.setSponsor(account.accountId(), null);
        messages.info("sponsorships.givenUp", account.accountName());
        load();
    }

    /** The account's meetings, newest first, read once per view when its row is opened. */
    public List<SponsorMeeting> history(long accountId) {
        return histories.computeIfAbsent(accountId, meetings::history);
    }

    // ---- logging a meeting ----

    /** The sponsor chose the account met: its stakeholders become the customer's attendees to choose from. */
    public void meetingAccountChosen() {
        meeting.getCustomerAttendeeIds().clear();
        customerChoices = meetingAccountId == null ? List.of() : meetings.stakeholders(meetingAccountId);
    }

    public void addFollowUp() {
        meeting.getFollowUps().add(new MeetingInput.FollowUpInput());
    }

    public void removeFollowUp(MeetingInput.FollowUpInput followUp) {
        meeting.getFollowUps().remove(followUp);
    }

    /** Logs the meeting on the chosen account; the service checks the caller sponsors it. */
    public void logMeeting() {
        if (meetingAccountId == null) {
            messages.errorOn("meetingForm:account", "sponsorships.meeting.accountRequired");
            return;
        }
        meetings.log(meetingAccountId, meeting);
        messages.info("sponsorships.meeting.logged", nameOf(meetingAccountId));
        meetingAccountId = null;
        meeting = freshMeeting();
        customerChoices = List.of();
        load();
    }

    // ---- naming the counterpart ----

    public void counterpartAccountChosen() {
        counterpartChoices = counterpartAccountId == null ? List.of() : meetings.stakeholders(counterpartAccountId);
        counterpartId = board.stream().filter(a -> counterpartAccountId != null && a.accountId() == counterpartAccountId)
                .map(SponsoredAccount::counterpartId).findFirst().orElse(null);
    }

    public void nameCounterpart() {
        if (counterpartAccountId == null) {
            messages.errorOn("counterpartForm:counterpartAccount", "sponsorships.meeting.accountRequired");
            return;
        }
        if (counterpartId == null) {
            messages.errorOn("counterpartForm:counterpart", "sponsorships.counterpart.required");
            return;
        }
        meetings.nameCounterpart(counterpartAccountId, counterpartId);
        messages.info("sponsorships.counterpart.named", nameOf(counterpartAccountId));
        counterpartAccountId = null;
        counterpartId = null;
        counterpartChoices = List.of();
        load();
    }

    /** The accounts whose counterpart the caller may name: those they sponsor, or every one for the KA Director. */
    public List<SponsoredAccount> getNameable() {
        return executive && !caller.isDirector() ? getMine() : board;
    }

    /** The accounts the caller may log a meeting on: those they sponsor. */
    public List<SponsoredAccount> getMine() {
        return board.stream().filter(SponsoredAccount::mine).toList();
    }

    public List<AppUser> getOurPeople() {
        if (ourPeople == null) {
            ourPeople = meetings.ourPeople();
        }
        return ourPeople;
    }

    public StreamedContent getXlsx() {
        return DownloadResponse.streamed(export.xlsx(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    private String nameOf(long accountId) {
        return board.stream().filter(a -> a.accountId() == accountId).map(SponsoredAccount::accountName)
                .findFirst().orElse("");
    }

    private static MeetingInput freshMeeting() {
        MeetingInput input = new MeetingInput();
        input.setDate(LocalDate.now());
        return input;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<SponsoredAccount> getBoard() {
        return board;
    }

    public List<SponsorScore> getScorecard() {
        return scorecard;
    }

    public List<Account> getWithoutSponsor() {
        return withoutSponsor;
    }

    public boolean isExecutive() {
        return executive;
    }

    public Long getMeetingAccountId() {
        return meetingAccountId;
    }

    public void setMeetingAccountId(Long meetingAccountId) {
        this.meetingAccountId = meetingAccountId;
    }

    public MeetingInput getMeeting() {
        return meeting;
    }

    public List<Stakeholder> getCustomerChoices() {
        return customerChoices;
    }

    public Long getCounterpartAccountId() {
        return counterpartAccountId;
    }

    public void setCounterpartAccountId(Long counterpartAccountId) {
        this.counterpartAccountId = counterpartAccountId;
    }

    public Long getCounterpartId() {
        return counterpartId;
    }

    public void setCounterpartId(Long counterpartId) {
        this.counterpartId = counterpartId;
    }

    public List<Stakeholder> getCounterpartChoices() {
        return counterpartChoices;
    }
}
