package com.kamplanner.web.strategy;

import com.kamplanner.situation.CitableField;
import com.kamplanner.strategy.MatrixTool;
import com.kamplanner.strategy.OfferingPosition;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import com.kamplanner.strategy.StrategicOrientation;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2 of the workspace: the TOWS matrix (options pairing potentials, rated for attractiveness and
 * feasibility) and the one strategic orientation picked beside the account's matrix standing.
 */
@Named
@ViewScoped
public class OrientationStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyService strategies;

    @Inject
    TowsService tows;

    @Inject
    PageMessages messages;

    private TowsOption option = new TowsOption(TowsOption.Type.SO, null);
    private List<Long> potentialIds = new ArrayList<>();
    private StrategicOrientation orientation;
    private ChartView portfolio;
    private boolean portfolioRead;

    /**
     * The customer's purchasing portfolio from the Key Account Database, drawn when the strategy template offers it;
     * null when the template does not, or the Database records no offering the caller may read.
     */
    public ChartView getPortfolio() {
        if (!portfolioRead) {
            portfolioRead = true;
            if (workspace.offers(MatrixTool.KRALJIC.name())) {
                List<OfferingPosition> positions = strategies.purchasingPortfolio(workspace.getAccountId());
                Locale locale = Bundle.supported(FacesContext.getCurrentInstance().getViewRoot().getLocale());
                portfolio = positions.isEmpty() ? null : PortfolioChart.of(positions, key -> Bundle.text(locale, key));
            }
        }
        return portfolio;
    }

    /** The Database section the portfolio comes from, where the KAM cites it in a potential. */
    public String getPortfolioSource() {
        return CitableField.url(workspace.getAccountId(), DefaultDatabaseTemplate.NEEDS);
    }

    public void saveOption() {
        tows.saveOption(workspace.getAccountId(), option, potentialIds);
        messages.info("strategy.option.saved");
        option = new TowsOption(TowsOption.Type.SO, null);
        potentialIds = new ArrayList<>();
        workspace.reload();
    }

    public void edit(TowsOption existing) {
        option = existing;
        potentialIds = new ArrayList<>(existing.getPotentials().stream().map(SituationPotential::getId).toList());
    }

    public void cancel() {
        option = new TowsOption(TowsOption.Type.SO, null);
        potentialIds = new ArrayList<>();
    }

    public void delete(TowsOption existing) {
        tows.deleteOption(workspace.getAccountId(), existing.getId(), existing.getVersion());
        messages.info("strategy.deleted");
        workspace.reload();
    }

    public void saveOrientation() {
        strategies.chooseOrientation(workspace.getAccountId(), workspace.getStrategy().getVersion(), getOrientation());
        messages.info("strategy.orientation.saved");
        workspace.reload();
        orientation = null;
    }

    /** True when the direction being picked departs from the posture of the account's quadrant. */
    public boolean isContradicting() {
        return workspace.getStanding().contradictedBy(getOrientation().getDirection());
    }

    /** The potentials an option of the type in the form may pair. */
    public List<SituationPotential> getPairable() {
        TowsOption.Type type = option.getType() == null ? TowsOption.Type.SO : option.getType();
        List<SituationPotential> pairable = new ArrayList<>(workspace.getStrategy().potentialsOf(type.internal()));
        pairable.addAll(workspace.getStrategy().potentialsOf(type.external()));
        return pairable;
    }

    public StrategicOrientation getOrientation() {
        if (orientation == null) {
            StrategicOrientation saved = workspace.getStrategy().getOrientation();
            orientation = new StrategicOrientation(saved.getDirection(), saved.getStatement(), saved.getJustification());
        }
        return orientation;
    }

    public TowsOption.Type[] getTypes() {
        return TowsOption.Type.values();
    }

    public StrategicOrientation.Direction[] getDirections() {
        return StrategicOrientation.Direction.values();
    }

    public int[] getRatings() {
        return new int[] {1, 2, 3, 4, 5};
    }

    public TowsOption getOption() {
        return option;
    }

    public List<Long> getPotentialIds() {
        return potentialIds;
    }

    public void setPotentialIds(List<Long> potentialIds) {
        this.potentialIds = potentialIds;
    }
}
