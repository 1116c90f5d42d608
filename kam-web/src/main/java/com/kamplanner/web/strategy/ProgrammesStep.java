package com.kamplanner.web.strategy;

import com.kamplanner.people.AppUser;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Step 4 of the workspace: action programmes and their action plans (contractual or relational, serving an
 * objective, owned by a KA team member), with the balance of the two kinds per programme as a stacked bar chart.
 */
@Named
@ViewScoped
public class ProgrammesStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyService strategies;

    @Inject
    ActionProgrammeService programmes;

    @Inject
    PageMessages messages;

    @Inject
    FacesContext faces;

    private ActionProgramme programme = new ActionProgramme();
    private ActionPlan plan = new ActionPlan(null, ActionPlan.Kind.CONTRACTUAL);
    private Long programmeId;
    private Long objectiveId;
    private Long ownerId;
    private List<AppUser> owners;

    public void saveProgramme() {
        programmes.saveProgramme(workspace.getAccountId(), programme);
        messages.info("strategy.programme.saved");
        programme = new ActionProgramme();
        workspace.reload();
    }

    public void editProgramme(ActionProgramme existing) {
        programme = existing;
    }

    public void cancelProgramme() {
        programme = new ActionProgramme();
    }

    public void deleteProgramme(ActionProgramme existing) {
        programmes.deleteProgramme(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.deleted");
        workspace.reload();
    }

    public void savePlan() {
        programmes.savePlan(workspace.getAccountId(), plan, programmeId, objectiveId, ownerId);
        messages.info("strategy.plan.saved");
        cancelPlan();
        workspace.reload();
    }

    public void editPlan(ActionPlan existing) {
        plan = existing;
        programmeId = existing.getProgramme().getId();
        objectiveId = existing.getObjective() == null ? null : existing.getObjective().getId();
        ownerId = existing.getOwner() == null ? null : existing.getOwner().getId();
    }

    /** Starts a new plan in the given programme. */
    public void addPlanTo(ActionProgramme target) {
        cancelPlan();
        programmeId = target.getId();
    }

    public void cancelPlan() {
        plan = new ActionPlan(null, ActionPlan.Kind.CONTRACTUAL);
        objectiveId = null;
        ownerId = null;
    }

    public void deletePlan(ActionPlan existing) {
        programmes.deletePlan(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.deleted");
        workspace.reload();
    }

    /** One stacked bar per programme, contractual and relational plans side by side, and their table. */
    public ChartView getBalanceChart() {
        Locale locale = faces.getViewRoot().getLocale();
        List<ActionProgramme> all = workspace.getStrategy().getProgrammes();
        return new CategoryChart(Bundle.text(locale, "strategy.programme.balance"),
                Bundle.text(locale, "strategy.programme.axis"), all.stream().map(ActionProgramme::getName).toList(),
                locale).horizontal().stacked()
                .valueAxis(Bundle.text(locale, "strategy.programme.axis.plans"), Formats.of(locale)::number)
                .bars(Bundle.text(locale, "strategy.plan.kind.CONTRACTUAL"),
                        all.stream().map(p -> (Number) p.getContractualCount()).toList())
                .bars(Bundle.text(locale, "strategy.plan.kind.RELATIONAL"),
                        all.stream().map(p -> (Number) p.getRelationalCount()).toList())
                .view();
    }

    /** The KAM and the KA team, who may own a plan; read once per view. */
    public List<AppUser> getOwners() {
        if (owners == null) {
            owners = strategies.ownerCandidates(workspace.getAccountId());
        }
        return owners;
    }

    public ActionPlan.Kind[] getKinds() {
        return ActionPlan.Kind.values();
    }

    public ActionPlan.Status[] getStatuses() {
        return ActionPlan.Status.values();
    }

    public ActionProgramme getProgramme() {
        return programme;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
