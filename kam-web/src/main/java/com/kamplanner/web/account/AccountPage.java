package com.kamplanner.web.account;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountRights;
import com.kamplanner.account.AccountService;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.ShareOfWallet;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.competency.AccountFit;
import com.kamplanner.competency.ProfileService;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.segmentation.SegmentationService;
import com.kamplanner.segmentation.SelectionDecision;
import com.kamplanner.selection.IndexLine;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.ScoreLine;
import com.kamplanner.selection.ScoringService;
import com.kamplanner.situation.CoverageGap;
import com.kamplanner.situation.CoverageRules;
import com.kamplanner.situation.DatabaseRights;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.RelationshipMap;
import com.kamplanner.situation.RelationshipService;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Backs {@code accounts/account.xhtml?id=}: one account, its selection indices and scores under every criteria
 * version, its status, segment, stages, KAM, sponsor and KA team, and, for the KA Director, the decisions that
 * change them. The services check every right again.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    SegmentationService segmentation;

    @Inject
    AssignmentService assignments;

    @Inject
    ScoringService scoring;

    @Inject
    PageMessages messages;

    @Inject
    ProfileService competencyProfiles;

    @Inject
    RelationshipService relationships;

    private Long id;
    private Account account;
    private List<TeamMembership> team;
    private List<SelectionDecision> decisions;
    private List<IndexLine> indices = List.of();
    private List<ScoreLine> scores = List.of();
    private List<AppUser> kams = List.of();
    private List<AppUser> executives = List.of();
    private List<AppUser> teamCandidates = List.of();
    private boolean director;
    /** Stakeholders with a relationship coverage gap, or -1 when the caller may not see the stakeholder map. */
    private long coverageGaps = -1;
    /** Whether the map holds anyone the coverage rules watch: a decision maker or an influential stakeholder. */
    private boolean coverageWatched;
    private boolean stagesEditable;
    private boolean scorable;
    private final AccountDecisionForm form = new AccountDecisionForm();
    private String capacityWarning;
    private AccountFit fit;
    private java.util.Map<String, String> competencyNames = java.util.Map.of();

    /** Loads the account named by {@code ?id=}; someone else's account gives the forbidden page. */
    public void load() {
        if (id == null) {
            throw new com.kamplanner.platform.NotFoundException();
        }
        account = accounts.find(id);
        team = assignments.team(id);
        decisions = segmentation.decisions(id);
        indices = scoring.indicesOf(id);
        scores = scoring.scoresOf(id);
        AccountRights rights = accounts.rights(account);
        director = rights.isDirector();
        stagesEditable = rights.canSetStages();
        scorable = rights.canScore();
        // Loaded once per page load, not on every evaluation of the page's expressions.
        kams = director ? assignments.kams() : List.of();
        executives = director ? assignments.executives() : List.of();
        teamCandidates = director ? assignments.teamCandidates() : List.of();
        form.reset(account);
        showFit();
        coverageGaps = -1;
        if (account.isKeyAccount() && DatabaseRights.of(rights).canSee(KeyAccountDatabaseService.STAKEHOLDER_MAP)) {
            RelationshipMap map = relationships.map(id);
            coverageWatched = map.getStakeholders().stream()
                    .anyMatch(s -> CoverageRules.matters(s.getDecisionRole(), s.getInfluence()));
            coverageGaps = map.getGaps().stream().map(CoverageGap::stakeholderId).distinct().count();
        }
    }

    public long getCoverageGaps() {
        return coverageGaps;
    }

    public boolean isCoverageWatched() {
        return coverageWatched;
    }

    /**
     * The chosen KAM's fit to this account's segment (competency shortfalls), for the KA Director choosing whom to
     * assign: advice shown beside the choice, never a block.
     */
    public void showFit() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        fit = director && form.getKamId() != null ? competencyProfiles.fit(form.getKamId(), id, locale) : null;
        competencyNames = fit == null ? java.util.Map.of() : competencyProfiles.competencyNames(locale);
    }

    public AccountFit getFit() {
        return fit;
    }

    public String competencyName(String code) {
        return competencyNames.getOrDefault(code, code);
    }

    public void makeKeyAccount() {
        account = segmentation.makeKeyAccount(id, account.getVersion(), form.getReason());
        messages.info("account.madeKey", account.getName());
        load();
    }

    public void revertToCandidate() {
        account = segmentation.revertToCandidate(id, account.getVersion(), form.getReason());
        messages.info("account.madeCandidate", account.getName());
        load();
    }

    public void overrideSegment() {
        segmentation.overrideSegment(id, account.getVersion(), form.getSegment(), form.getSegmentReason());
        messages.info("account.segmentSaved");
        load();
    }

    public void clearSegmentOverride() {
        segmentation.clearSegmentOverride(id, account.getVersion());
        messages.info("account.segmentSaved");
        load();
    }

    public void saveStages() {
        segmentation.setStages(id, account.getVersion(), form.getCurrentStage(), form.getTargetStage());
        messages.info("account.stagesSaved");
        load();
    }

    /** Assigns the chosen KAM; past capacity, shows the warning and waits for the KA Director to confirm. */
    public void assignKam() {
        try {
            assignments.assignKam(id, form.getKamId(), false, null);
            capacityWarning = null;
            messages.info("account.kamAssigned");
            load();
        } catch (BusinessRuleException e) {
            if (!AssignmentService.CAPACITY_EXCEEDED.equals(e.messageKey())) {
                throw e;
            }
            capacityWarning = BusinessErrors.text(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
    }

    public void assignKamOverCapacity() {
        assignments.assignKam(id, form.getKamId(), true, form.getCapacityReason());
        capacityWarning = null;
        messages.info("account.kamAssignedOverCapacity");
        load();
    }

    public void cancelAssignment() {
        capacityWarning = null;
        form.reset(account);
    }

    public void addTeamMember() {
        assignments.addTeamMember(id, form.getNewMemberId(), form.getNewMemberRole());
        messages.info("team.memberAdded");
        load();
    }

    public void removeTeamMember(TeamMembership membership) {
        assignments.removeTeamMember(membership.getId());
        messages.info("team.memberRemoved");
        load();
    }

    public void saveSponsor() {
        assignments.setSponsor(id, form.getSponsorId());
        messages.info("account.sponsorSaved");
        load();
    }

    public boolean isDirector() {
        return director;
    }

    public boolean isStagesEditable() {
        return stagesEditable;
    }

    /** {@link ShareOfWallet}, a fraction the page shows as a percentage; null when a figure is missing. */
    public BigDecimal getShareOfWallet() {
        return ShareOfWallet.of(account);
    }

    public List<AppUser> getKams() {
        return kams;
    }

    public List<AppUser> getExecutives() {
        return executives;
    }

    public List<AppUser> getTeamCandidates() {
        return teamCandidates;
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }

    public RelationshipStage[] getStages() {
        return RelationshipStage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public List<TeamMembership> getTeam() {
        return team;
    }

    public List<SelectionDecision> getDecisions() {
        return decisions;
    }

    /** The account's indices under every criteria set version, newest first. */
    public List<IndexLine> getIndices() {
        return indices;
    }

    public List<ScoreLine> getScores() {
        return scores;
    }

    public boolean isScorable() {
        return scorable;
    }

    public AccountDecisionForm getForm() {
        return form;
    }

    public String getCapacityWarning() {
        return capacityWarning;
    }
}
