package com.kamplanner.web.home;

import com.kamplanner.account.AccountService;
import com.kamplanner.account.AccountSummary;
import com.kamplanner.people.Role;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.security.Caller;
import com.kamplanner.web.work.WorkTitles;
import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkList;
import com.kamplanner.web.plan.ActionPlanEditor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code index.xhtml}: what needs the caller ({@link WorkList}, the same list as {@code GET /api/me/work}),
 * with the in-place update of their action plans (the team page's {@code WEB-INF/plan/action-update.xhtml}, this
 * bean as its editor), the next step when nothing does, and, for portfolio roles, their accounts.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many accounts the home page lists before pointing to the portfolio. */
    static final int ACCOUNTS_SHOWN = 12;

    /** The role whose next step the empty list offers: the first the caller holds, in this order. */
    static final List<Role> NEXT_STEP_ORDER = List.of(Role.KA_DIRECTOR, Role.KAM, Role.TEAM_MEMBER, Role.EXECUTIVE,
            Role.HR, Role.ADMIN);

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
    private ActionPlanEditor editor;
    private List<AccountSummary> myAccounts = List.of();
    private long accountCount;

    @PostConstruct
    void load() {
        roles = caller.getRoles();
        items = work.mine();
        if (isSeesAccounts()) {
            myAccounts = accounts.visibleAccounts(0, ACCOUNTS_SHOWN);
            accountCount = accounts.countVisibleAccounts();
        }
    }

    /** The item's title in the page's language. */
    public String title(WorkItem item) {
        return WorkTitles.title(item, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }




    /** Whether any item is an action plan, which adds the status column. */
    public boolean isFollowsActionPlans() {
        return items.stream().anyMatch(i -> i.actionPlan() != null);
    }

    /** Whether any item can be updated in place, which adds the action column. */
    public boolean isUpdatesInPlace() {
        return items.stream().anyMatch(i -> i.actionPlan() != null && i.actionPlan().isUpdatable());
    }

    /** Where to go next when nothing needs the caller: the first of their roles in {@link #NEXT_STEP_ORDER}. */
    public Role getNextRole() {
        return NEXT_STEP_ORDER.stream().filter(roles::contains).findFirst().orElse(Role.TEAM_MEMBER);
    }

    /** The page of the next step when nothing needs the caller. */
    public String getNextOutcome() {
        return switch (getNextRole()) {
            case KA_DIRECTOR -> "/plan/review";
            case KAM -> "/plan/index";
            case TEAM_MEMBER -> "/accounts/index";
            case EXECUTIVE -> "/executive/portfolio";
            case HR -> "/competency/campaigns";
            case ADMIN -> "/admin/users";
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


    /** The badge class of an account's health band. */
    public String healthClass(Integer score) {
        return com.kamplanner.health.HealthBand.of(score).styleClass();
    }

    public List<AccountSummary> getMyAccounts() {
        return myAccounts;
    }

    public long getAccountCount() {
        return accountCount;
    }

    /** The one-line update of the action plans this page lists. */
    public ActionPlanEditor getEditor() {
        if (editor == null) {
            editor = new ActionPlanEditor(followUp, messages, () -> items.stream().map(WorkItem::actionPlan).toList(),
                    () -> items = work.mine());
        }
        return editor;
    }
}
