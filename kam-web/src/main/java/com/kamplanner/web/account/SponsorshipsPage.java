package com.kamplanner.web.account;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.account.Account;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.sponsorship.SponsoredAccount;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code accounts/sponsorships.xhtml}: the executive sponsorship programme. An executive sees the accounts
 * they sponsor with the last sponsor meeting and the plan's state, logs a meeting, and can take on a key account
 * that needs a sponsor; the KA Director sees every sponsor's accounts and which need one.
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
    SponsorshipExport export;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<SponsoredAccount> board;
    private List<Account> withoutSponsor;
    private boolean executive;

    private Long meetingAccountId;
    @NotNull(message = "{sponsorship.meeting.date.required}")
    private LocalDate meetingDate = LocalDate.now();
    @NotBlank(message = "{sponsorship.meeting.note.required}")
    @Size(max = 2000, message = "{sponsorship.meeting.note.size}")
    private String meetingNote;

    @PostConstruct
    void load() {
        executive = caller.isExecutive();
        board = programme.board();
        withoutSponsor = assignments.withoutRequiredSponsor();
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

    /** Logs a sponsor meeting on the chosen account; the service checks the caller sponsors it. */
    public void logMeeting() {
        if (meetingAccountId == null) {
            messages.errorOn("meetingForm:account", "sponsorships.meeting.accountRequired");
            return;
        }
        programme.logMeeting(meetingAccountId, meetingDate, meetingNote);
        String name = board.stream().filter(a -> a.accountId() == meetingAccountId).map(SponsoredAccount::accountName)
                .findFirst().orElse("");
        messages.info("sponsorships.meeting.logged", name);
        meetingAccountId = null;
        meetingDate = LocalDate.now();
        meetingNote = null;
        load();
    }

    /** The accounts the caller may log a meeting on: those they sponsor. */
    public List<SponsoredAccount> getMine() {
        return board.stream().filter(SponsoredAccount::mine).toList();
    }

    public StreamedContent getXlsx() {
        return DownloadResponse.streamed(export.xlsx(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<SponsoredAccount> getBoard() {
        return board;
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

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingNote() {
        return meetingNote;
    }

    public void setMeetingNote(String meetingNote) {
        this.meetingNote = meetingNote;
    }
}
