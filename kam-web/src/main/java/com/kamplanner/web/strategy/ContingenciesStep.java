package com.kamplanner.web.strategy;

import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Step 6 of the workspace: the conditional moves, each a trigger, a response and the plans that respond. */
@Named
@ViewScoped
public class ContingenciesStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    ActionProgrammeService programmes;

    @Inject
    PageMessages messages;

    private Contingency contingency = new Contingency();
    private List<Long> planIds = new ArrayList<>();

    public void save() {
        programmes.saveContingency(workspace.getAccountId(), contingency, planIds);
        messages.info("strategy.contingency.saved");
        cancel();
        workspace.reload();
    }

    public void edit(Contingency existing) {
        contingency = existing;
        planIds = new ArrayList<>(existing.getPlans().stream().map(ActionPlan::getId).toList());
    }

    public void cancel() {
        contingency = new Contingency();
        planIds = new ArrayList<>();
    }

    public void delete(Contingency existing) {
        programmes.deleteContingency(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.deleted");
        workspace.reload();
    }

    public Contingency getContingency() {
        return contingency;
    }

    public List<Long> getPlanIds() {
        return planIds;
    }

    public void setPlanIds(List<Long> planIds) {
        this.planIds = planIds;
    }
}
