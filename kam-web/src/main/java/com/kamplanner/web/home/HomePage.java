package com.kamplanner.web.home;

import com.kamplanner.account.AccountService;
import com.kamplanner.account.AccountSummary;
import com.kamplanner.people.Role;
import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.FollowUpStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.security.Caller;
import com.kamplanner.web.work.WorkTitles;
import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code index.xhtml}: what needs the caller ({@link WorkList}, the same list as {@code GET /api/me/work}),
 * with the in-place update of their action plans (the team page's {@code WEB-INF/plan/action-update.xhtml}, this
 * bean as its editor); the role cards only for the roles whose work is not listed yet; and, for portfolio roles,
 * their accounts.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many accounts the home page lists before pointing to the portfolio. */
    static final int ACCOUNTS_SHOWN = 12;

    /** The roles whose work the list gathers; the others still get their role card. */
    static final Set<Role> LISTED = Set.of(Role.KAM, Role.TEAM_MEMBER, Role.KA_DIRECTOR);

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    WorkList work;

    @Inject
    FollowUpService followUp;

    @Inject
    PageMessages messages;

    private List<Role> roles;
    private List<WorkItem> items = List.of();
    private List<AccountSummary> myAccounts = List.of();
    private long accountCount;
    private Long editing;
    private FollowUpStatus status;
    private Integer progress;
    private String updateComment;

    @PostConstruct
    void load() {
        roles = caller.getRoles();
        if (isListsWork()) {
            items = work.mine();
        }
        if (isSeesAccounts()) {
            myAccounts = accounts.visibleAccounts(0, ACCOUNTS_SHOWN);
            accountCount = accounts.countVisibleAccounts();
        }
    }

    /** The item's title in the page's language. */
    public String title(WorkItem item) {
        return WorkTitles.title(item, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Opens the in-place update of one action plan, pre-filled with what its row shows. */
    public void edit(FollowUpRow row) {
        editing = row.getActionPlanId();
        status = row.getRecorded() == null ? FollowUpStatus.NOT_STARTED : row.getRecorded();
        progress = row.getProgress();
        updateComment = null;
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        FollowUpRow row = items.stream().map(WorkItem::actionPlan).filter(r -> r != null
                && r.getActionPlanId().equals(editing)).findFirst().orElseThrow(NotFoundException::new);
        followUp.update(row.getAccountId(), row.getActionPlanId(), row.getActionPlanVersion(), status, progress,
                updateComment);
        messages.info("plan.update.saved", row.getTitle());
        editing = null;
        updateComment = null;
        items = work.mine();
    }

    /** Whether the work list is the page's main content: the caller holds a role whose work it gathers. */
    public boolean isListsWork() {
        return roles.stream().anyMatch(LISTED::contains);
    }

    /** The caller's roles whose work is not listed yet, each shown as its role card. */
    public List<Role> getCardRoles() {
        return roles.stream().filter(r -> !LISTED.contains(r)).toList();
    }

    /** Whether any item can be updated in place, which adds the action column. */
    public boolean isUpdatesInPlace() {
        return items.stream().anyMatch(i -> i.actionPlan() != null && i.actionPlan().isUpdatable());
    }

    /** Where to go next when nothing needs the caller: the first of their listed roles decides. */
    public String getNextRole() {
        return roles.contains(Role.KA_DIRECTOR) ? Role.KA_DIRECTOR.name()
                : roles.contains(Role.KAM) ? Role.KAM.name() : Role.TEAM_MEMBER.name();
    }

    /** The page of the next action when nothing needs the caller. */
    public String getNextOutcome() {
        return switch (getNextRole()) {
            case "KA_DIRECTOR" -> "/plan/review";
            case "KAM" -> "/plan/index";
            default -> "/accounts/index";
        };
    }

    public boolean isSeesAccounts() {
        return roles.contains(Role.KAM) || roles.contains(Role.KA_DIRECTOR) || roles.contains(Role.EXECUTIVE);
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<WorkItem> getItems() {
        return items;
    }

    public FollowUpStatus[] getStatuses() {
        return FollowUpStatus.TYPABLE;
    }

    public List<AccountSummary> getMyAccounts() {
        return myAccounts;
    }

    public long getAccountCount() {
        return accountCount;
    }

    public Long getEditing() {
        return editing;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public void setStatus(FollowUpStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getUpdateComment() {
        return updateComment;
    }

    public void setUpdateComment(String updateComment) {
        this.updateComment = updateComment;
    }
}
