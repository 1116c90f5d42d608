package com.kamplanner.web.strategy;

import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of the workspace: the strengths, weaknesses, opportunities and threats of the relationship, each citing
 * the Key Account Database fields or stakeholders it comes from.
 */
@Named
@ViewScoped
public class PotentialsStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyService strategies;

    @Inject
    TowsService tows;

    @Inject
    PageMessages messages;

    @Inject
    jakarta.faces.context.FacesContext faces;

    private SituationPotential potential = new SituationPotential();
    private List<String> citationKeys = new ArrayList<>();
    private List<Citation> citable;

    public void save() {
        tows.savePotential(workspace.getAccountId(), potential, citationKeys, faces.getViewRoot().getLocale());
        messages.info("strategy.potential.saved");
        cancel();
        workspace.reload();
    }

    /** Puts a potential in the form to change it. */
    public void edit(SituationPotential existing) {
        potential = existing;
        citationKeys = new ArrayList<>(existing.getCitations().stream().map(Citation::getKey).toList());
    }

    public void cancel() {
        potential = new SituationPotential();
        citationKeys = new ArrayList<>();
    }

    /** What the caller can cite from the Key Account Database, read once per view. */
    public List<Citation> getCitable() {
        if (citable == null) {
            citable = strategies.citable(workspace.getAccountId(), faces.getViewRoot().getLocale());
        }
        return citable;
    }

    public List<String> getCitationKeys() {
        return citationKeys;
    }

    public void setCitationKeys(List<String> citationKeys) {
        this.citationKeys = citationKeys;
    }

    public void delete(SituationPotential existing) {
        tows.deletePotential(workspace.getAccountId(), existing.getId(), existing.getVersion());
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
