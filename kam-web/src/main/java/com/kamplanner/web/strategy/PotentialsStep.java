package com.kamplanner.web.strategy;

import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Step 1 of the workspace: the strengths, weaknesses, opportunities and threats of the relationship. */
@Named
@ViewScoped
public class PotentialsStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyService strategies;

    @Inject
    PageMessages messages;

    private SituationPotential potential = new SituationPotential();

    public void save() {
        strategies.savePotential(workspace.getAccountId(), potential);
        messages.info("strategy.potential.saved");
        potential = new SituationPotential();
        workspace.reload();
    }

    /** Puts a potential in the form to change it. */
    public void edit(SituationPotential existing) {
        potential = existing;
    }

    public void cancel() {
        potential = new SituationPotential();
    }

    public void delete(SituationPotential existing) {
        strategies.deletePotential(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.deleted");
        workspace.reload();
    }

    public SituationPotential.Kind[] getKinds() {
        return SituationPotential.Kind.values();
    }

    public SituationPotential getPotential() {
        return potential;
    }
}
