package com.kamplanner.web.strategy;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
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
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Step 3 of the workspace: the objective tree (strategic, operational, supporting), each objective with its
 * indicator; strategic ones traced to TOWS options and to the customer strategic priority they help. Deleting an
 * objective that has children or plans asks whether to move them or delete them too.
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

    public void save() {
        strategies.saveObjective(workspace.getAccountId(), objective, parentId, optionIds);
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
    }

    /** Deletes at once when nothing hangs below; otherwise keeps the objective pending and asks what to do. */
    public void delete(Objective existing) {
        try {
            strategies.deleteObjective(workspace.getAccountId(), existing.getId(), existing.getVersion(), null, null);
            messages.info("strategy.deleted");
            workspace.reload();
        } catch (BusinessRuleException e) {
            if (!StrategyService.HAS_DEPENDANTS.equals(e.messageKey())) {
                throw e;
            }
            pendingDelete = existing;
            moveToId = null;
            dependantsWarning = BusinessErrors.text(e, faces.getViewRoot().getLocale());
        }
    }

    public void moveDependantsAndDelete() {
        finishDelete(StrategyService.Dependants.MOVE);
    }

    public void deleteWithDependants() {
        finishDelete(StrategyService.Dependants.DELETE);
    }

    public void cancelDelete() {
        pendingDelete = null;
        dependantsWarning = null;
    }

    private void finishDelete(StrategyService.Dependants choice) {
        strategies.deleteObjective(workspace.getAccountId(), pendingDelete.getId(), pendingDelete.getVersion(),
                choice, moveToId);
        messages.info("strategy.deleted");
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
