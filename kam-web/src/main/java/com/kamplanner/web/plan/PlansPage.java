package com.kamplanner.web.plan;

import com.kamplanner.plan.AccountPlan;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code plan/index.xhtml}: every key account the reader may see with its plan's state, so a KAM starts the
 * plans their accounts lack from here and everyone else opens the ones that exist; an executive's sponsored
 * accounts first.
 */
@Named
@RequestScoped
public class PlansPage {

    @Inject
    PlanOverview overview;

    @Inject
    PlanService plans;

    @Inject
    PageMessages messages;

    private List<AccountPlan> accounts;

    public List<AccountPlan> getAccounts() {
        if (accounts == null) {
            accounts = overview.keyAccounts();
        }
        return accounts;
    }

    /** Starts the account's plan (the service checks the caller is its KAM) and opens it. */
    public String start(long accountId) {
        plans.start(accountId);
        messages.info("plan.started");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/plan/plan?faces-redirect=true&account=" + accountId;
    }
}
