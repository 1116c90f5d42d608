package com.kamplanner.web.strategy;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.priority.CorporatePriority;
import com.kamplanner.priority.PriorityLinks;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.ObjectiveService;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Step 3 of the workspace: the objective tree (strategic, operational, supporting), each objective with its
 * indicator; strategic ones traced to TOWS options and to the customer strategic priority they help. Deleting an
 * objective that has children or plans asks whether to move them or delete them too. Strategic objectives are
 * also linked here to the corporate strategic priorities they serve ({@link PriorityLinks}).
 */
@Named
@ViewScoped
public class ObjectivesStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyService strategies;

    @Inject
    ObjectiveService objectives;

    @Inject
    PriorityLinks priorityLinks;

    @Inject
    PageMessages messages;

    @Inject
    FacesContext faces;

    private Objective objective = fresh();
    private Long parentId;
    private List<Long> optionIds = new ArrayList<>();
    private Objective pendingDelete;
    private String dependantsWarning;
    private Long moveToId;
    private List<String> priorities;
    private List<Long> corporatePriorityIds = new ArrayList<>();
    private List<CorporatePriority> corporatePriorityChoices;
    private Map<Long, List<CorporatePriority>> corporateLinks;

    public void save() {
        priorityLinks.saveObjective(workspace.getAccountId(), objective, parentId, optionIds,
                objective.getLevel() == Objective.Level.STRATEGIC ? corporatePriorityIds : List.of());
        corporateLinks = null;
        messages.info("strategy.objective.saved");
        cancel();
        workspace.reload();
    }

    public void edit(Objective existing) {
        objective = existing;
        if (!existing.hasIndicator()) {
            existing.setIndicator(new Indicator());
        }
        parentId = existing.getParent() == null ? null : existing.getParent().getId();
        optionIds = new ArrayList<>(existing.getOptions().stream().map(TowsOption::getId).toList());
        corporatePriorityIds = new ArrayList<>(getCorporateLinks().getOrDefault(existing.getId(), List.of()).stream()
                .map(CorporatePriority::getId).toList());
    }

    /** Starts a new objective under the given one, a level down. */
    public void addUnder(Objective parent) {
        cancel();
        objective.setLevel(Objective.Level.values()[parent.getLevel().ordinal() + 1]);
        parentId = parent.getId();
    }

    public void cancel() {
        objective = fresh();
        parentId = null;
        optionIds = new ArrayList<>();
        corporatePriorityIds = new ArrayList<>();
    }

    /** Deletes at once when nothing hangs below; otherwise keeps the objective pending and asks what to do. */
    public void delete(Objective existing) {
        try {
            objectives.deleteObjective(workspace.getAccountId(), existing.getId(), existing.getVersion(), null, null);
            messages.info("strategy.deleted");
            corporateLinks = null;
            workspace.reload();
        } catch (BusinessRuleException e) {
            if (!ObjectiveService.HAS_DEPENDANTS.equals(e.messageKey())) {
                throw e;
            }
            pendingDelete = existing;
            moveToId = null;
            dependantsWarning = BusinessErrors.text(e, faces.getViewRoot().getLocale());
        }
    }

    public void moveDependantsAndDelete() {
        finishDelete(ObjectiveService.Dependants.MOVE);
    }

    public void deleteWithDependants() {
        finishDelete(ObjectiveService.Dependants.DELETE);
    }

    public void cancelDelete() {
        pendingDelete = null;
        dependantsWarning = null;
    }

    private void finishDelete(ObjectiveService.Dependants choice) {
        objectives.deleteObjective(workspace.getAccountId(), pendingDelete.getId(), pendingDelete.getVersion(),
                choice, moveToId);
        messages.info("strategy.deleted");
        corporateLinks = null;
        cancelDelete();
        workspace.reload();
    }

    /** The objective tree for the tree table, every branch open. */
    public TreeNode<Objective> getTree() {
        Strategy strategy = workspace.getStrategy();
        TreeNode<Objective> root = new DefaultTreeNode<>(null, null);
        for (Objective top : strategy.getRootObjectives()) {
            add(strategy, top, root);
        }
        return root;
    }

    private static void add(Strategy strategy, Objective objective, TreeNode<Objective> parent) {
        TreeNode<Objective> node = new DefaultTreeNode<>(objective, parent);
        node.setExpanded(true);
        for (Objective child : strategy.childrenOf(objective)) {
            add(strategy, child, node);
        }
    }

    /** The objectives a new one of the level in the form may sit under. */
    public List<Objective> getParents() {
        Objective.Level parentLevel = objective.getLevel() == null ? null : objective.getLevel().parentLevel();
        return parentLevel == null ? List.of() : workspace.getStrategy().getObjectives().stream()
                .filter(o -> o.getLevel() == parentLevel).toList();
    }

    /** The objectives of the same level as the pending one, to move its dependants to. */
    public List<Objective> getMoveTargets() {
        return pendingDelete == null ? List.of() : workspace.getStrategy().getObjectives().stream()
                .filter(o -> o.getLevel() == pendingDelete.getLevel() && !o.getId().equals(pendingDelete.getId()))
                .toList();
    }

    /** The customer's strategic priorities, plus the one the objective in the form already names; read once per view. */
    public List<String> getCustomerPriorities() {
        if (priorities == null) {
            priorities = strategies.customerPriorities(workspace.getAccountId());
        }
        String named = objective.getCustomerPriority();
        if (named != null && !priorities.contains(named)) {
            List<String> withNamed = new ArrayList<>(priorities);
            withNamed.add(named);
            return withNamed;
        }
        return priorities;
    }

    /**
     * The corporate priorities the strategic objective in the form may serve: those not retired, plus any retired
     * one it already serves; read once per view, only by those who may write the strategy.
     */
    public List<CorporatePriority> getCorporatePriorityChoices() {
        if (!workspace.isWritable()) {
            return List.of();
        }
        if (corporatePriorityChoices == null) {
            corporatePriorityChoices = priorityLinks.choices(workspace.getAccountId());
        }
        List<CorporatePriority> linked = objective.getId() == null ? List.of()
                : getCorporateLinks().getOrDefault(objective.getId(), List.of());
        List<CorporatePriority> choices = new ArrayList<>(corporatePriorityChoices);
        linked.stream().filter(p -> choices.stream().noneMatch(c -> c.getId().equals(p.getId()))).forEach(choices::add);
        return choices;
    }

    /** The corporate priorities each objective serves, by objective id; read once per view and after each change. */
    public Map<Long, List<CorporatePriority>> getCorporateLinks() {
        if (corporateLinks == null) {
            corporateLinks = priorityLinks.linksOf(workspace.getAccountId());
        }
        return corporateLinks;
    }

    /** The priorities one objective serves, for its badges in the tree. */
    public List<CorporatePriority> servedBy(Objective o) {
        return o == null || o.getId() == null ? List.of() : getCorporateLinks().getOrDefault(o.getId(), List.of());
    }

    public List<Long> getCorporatePriorityIds() {
        return corporatePriorityIds;
    }

    public void setCorporatePriorityIds(List<Long> corporatePriorityIds) {
        this.corporatePriorityIds = corporatePriorityIds;
    }

    public Objective.Level[] getLevels() {
        return Objective.Level.values();
    }

    private static Objective fresh() {
        Objective objective = new Objective(Objective.Level.STRATEGIC, null);
        objective.setIndicator(new Indicator());
        return objective;
    }

    public Objective getObjective() {
        return objective;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public List<Long> getOptionIds() {
        return optionIds;
    }

    public void setOptionIds(List<Long> optionIds) {
        this.optionIds = optionIds;
    }

    public Objective getPendingDelete() {
        return pendingDelete;
    }

    public String getDependantsWarning() {
        return dependantsWarning;
    }

    public Long getMoveToId() {
        return moveToId;
    }

    public void setMoveToId(Long moveToId) {
        this.moveToId = moveToId;
    }
}
