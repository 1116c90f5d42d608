package com.kamplanner.web.strategy;

import com.kamplanner.people.AppUser;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.sponsorship.SponsorFollowUp;
import com.kamplanner.sponsorship.SponsorMeetings;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code strategy/sponsor-follow-up.xhtml}: the account's KAM turns a follow-up action the executive sponsor
 * recorded on a meeting into an action plan of the strategy, under the action programme they choose, of the kind
 * and with the owner they choose. The sponsor does not write the strategy; the KAM does, here.
 */
@Named
@ViewScoped
public class SponsorFollowUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SponsorMeetings meetings;

    @Inject
    StrategyService strategies;

    @Inject
    PageMessages messages;

    private Long id;
    private SponsorFollowUp followUp;
    private List<ActionProgramme> programmes;
    private List<Objective> objectives;
    private Long objectiveId;
    private List<AppUser> owners;
    private Long programmeId;
    private ActionPlan.Kind kind = ActionPlan.Kind.RELATIONAL;
    private Long ownerId;
    private String turnedInto;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        followUp = meetings.followUp(id);
        long accountId = getAccountId();
        com.kamplanner.strategy.Strategy strategy = strategies.workspace(accountId);
        programmes = strategy.getProgrammes();
        objectives = strategy.getObjectives();
        owners = strategies.ownerCandidates(accountId);
        if (programmes.size() == 1) {
            programmeId = programmes.get(0).getId();
        }
        ownerId = owners.stream().map(AppUser::getId).filter(o -> o.equals(followUp.getOwner().getId())).findFirst()
                .orElse(null);
    }

    /** Turns the follow-up into an action plan; the page then says where it went. */
    public void turn() {
        ActionPlan plan = meetings.turnIntoActionPlan(id, followUp.getVersion(), programmeId, objectiveId, kind,
                ownerId);
        turnedInto = programmes.stream().filter(p -> p.getId().equals(programmeId)).map(ActionProgramme::getName)
                .findFirst().orElse("");
        messages.info("sponsorFollowUp.turned", plan.getTitle(), turnedInto);
        followUp = meetings.followUp(id);
    }

    public long getAccountId() {
        return followUp.getMeeting().getAccount().getId();
    }

    public List<ActionPlan.Kind> getKinds() {
        return List.of(ActionPlan.Kind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SponsorFollowUp getFollowUp() {
        return followUp;
    }

    public List<ActionProgramme> getProgrammes() {
        return programmes;
    }

    public List<AppUser> getOwners() {
        return owners;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public ActionPlan.Kind getKind() {
        return kind;
    }

    public void setKind(ActionPlan.Kind kind) {
        this.kind = kind;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
