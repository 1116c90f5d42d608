package com.kamplanner.web.strategy;

import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.WatchTarget;
import com.kamplanner.strategy.WatchedCondition;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 6 of the workspace: the conditional moves, each a trigger, a response and the plans that respond, and the
 * condition it may watch (kind, target, operator, threshold or date); a fired one is acknowledged or re-armed here.
 */
@Named
@ViewScoped
public class ContingenciesStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    ActionProgrammeService programmes;

    @Inject
    StrategyService strategies;

    @Inject
    PageMessages messages;

    private Contingency contingency = new Contingency();
    private List<Long> planIds = new ArrayList<>();
    private String targetKey;
    private List<WatchTarget> targets = List.of();

    public void save() {
        WatchedCondition condition = contingency.getCondition();
        if (condition.getKind() == null) {
            contingency.setCondition(new WatchedCondition());
        } else if (condition.getKind().getTarget() == WatchedCondition.Target.COMPETITOR) {
            condition.setTargetId(null);
            condition.setTargetName(targetKey);
        } else if (condition.getKind().getTarget() == WatchedCondition.Target.ACCOUNT) {
            condition.setTargetId(null);
        } else {
            condition.setTargetId(targetKey == null || targetKey.isBlank() ? null : Long.valueOf(targetKey));
        }
        if (condition.getKind() != null && condition.getKind().getOperators().size() == 1) {
            condition.setOperator(condition.getKind().getOperators().get(0));
        }
        programmes.saveContingency(workspace.getAccountId(), contingency, planIds);
        messages.info("strategy.contingency.saved");
        cancel();
        workspace.reload();
    }

    /** The kind changed: offer its targets, and forget what belonged to another kind. */
    public void kindChanged() {
        targetKey = null;
        WatchedCondition condition = contingency.getCondition();
        condition.setOperator(condition.getKind() == null || condition.getKind().getOperators().isEmpty() ? null
                : condition.getKind().getOperators().get(0));
        loadTargets();
    }

    public void edit(Contingency existing) {
        contingency = existing;
        planIds = new ArrayList<>(existing.getPlans().stream().map(ActionPlan::getId).toList());
        WatchedCondition condition = existing.getCondition();
        targetKey = condition.isEmpty() || condition.getKind().getTarget() == WatchedCondition.Target.ACCOUNT ? null
                : condition.getKind().getTarget() == WatchedCondition.Target.COMPETITOR ? condition.getTargetName()
                : String.valueOf(condition.getTargetId());
        loadTargets();
    }

    public void cancel() {
        contingency = new Contingency();
        planIds = new ArrayList<>();
        targetKey = null;
        targets = List.of();
    }

    public void delete(Contingency existing) {
        programmes.deleteContingency(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.deleted");
        workspace.reload();
    }

    public void acknowledge(Contingency existing) {
        programmes.acknowledge(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.contingency.acknowledged");
        workspace.reload();
    }

    public void rearm(Contingency existing) {
        programmes.rearm(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.contingency.rearmed");
        workspace.reload();
    }

    private void loadTargets() {
        targets = strategies.watchTargets(workspace.getAccountId(), contingency.getCondition().getKind());
    }

    /** Whether the chosen kind watches something the user picks; the account's health watches the account. */
    public boolean isTargetPicked() {
        WatchedCondition.Kind kind = contingency.getCondition().getKind();
        return kind != null && kind.getTarget() != WatchedCondition.Target.ACCOUNT;
    }

    /** The label of the threshold field, which says what the chosen kind compares. */
    public String getThresholdLabel() {
        WatchedCondition.Kind kind = contingency.getCondition().getKind();
        return kind == WatchedCondition.Kind.COMPETITOR_SHARE ? "strategy.condition.thresholdAbove"
                : kind == WatchedCondition.Kind.HEALTH_BELOW ? "strategy.condition.thresholdHealth"
                : "strategy.condition.threshold";
    }

        public WatchedCondition.Kind[] getKinds() {
        return WatchedCondition.Kind.values();
    }

    /** The operators the chosen kind lets the user pick; none when it has one or none. */
    public List<WatchedCondition.Operator> getOperators() {
        WatchedCondition.Kind kind = contingency.getCondition().getKind();
        return kind == null || kind.getOperators().size() < 2 ? List.of() : kind.getOperators();
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

    public String getTargetKey() {
        return targetKey;
    }

    public void setTargetKey(String targetKey) {
        this.targetKey = targetKey;
    }

    public List<WatchTarget> getTargets() {
        return targets;
    }
}
