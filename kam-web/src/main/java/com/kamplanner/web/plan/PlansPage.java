package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code plan/index.xhtml}: every key account the reader may see with its plan's state, so a KAM starts the
 * plans their accounts lack from here and everyone else opens the ones that exist; an executive's sponsored
 * accounts first. A lazy table: the database filters by name and pages, so every account is reachable.
 */
@Named
@ViewScoped
public class PlansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanOverview overview;

    @Inject
    PlanService plans;

    @Inject
    PageMessages messages;

    private PlansLazyModel accounts;

    @PostConstruct
    void init() {
        accounts = new PlansLazyModel(overview);
    }

    public PlansLazyModel getAccounts() {
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
