package com.kamplanner.web.account;

import com.kamplanner.account.AccountService;
import com.kamplanner.health.HealthBand;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.selection.KamOption;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code accounts/index.xhtml}: the portfolio as a lazy table, filtered and sorted in the database. */
@Named
@ViewScoped
public class PortfolioPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    AssignmentService assignments;

    @Inject
    Caller caller;

    private final PortfolioFilters filters = new PortfolioFilters();
    private PortfolioLazyModel model;
    private List<String> industries;
    private List<String> countries;
    /** The KAM filter's choices: an id and a name each, not the users, since the view keeps them in the session. */
    private List<KamOption> kams;

    @PostConstruct
    void init() {
        model = new PortfolioLazyModel(accounts, filters);
        industries = accounts.industries();
        countries = accounts.countries();
        kams = caller.isReadsAll() ? assignments.kamOptions() : List.of();
    }

    public PortfolioLazyModel getModel() {
        return model;
    }

    public PortfolioFilters getFilters() {
        return filters;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public List<String> getCountries() {
        return countries;
    }

    public List<KamOption> getKams() {
        return kams;
    }

    /** The health filter's choices: below the critical and the healthy bands, and below 50 and 60. */
    public List<SelectItem> getHealthThresholds() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.util.stream.IntStream.of(HealthBand.AT_RISK_FROM, 50, 60, HealthBand.HEALTHY_FROM)
                .mapToObj(t -> new SelectItem(t, Bundle.text(locale, "health.filter.below", t))).toList();
    }

    /** The badge class of a health score's band. */
    public String healthClass(Integer score) {
        return HealthBand.of(score).styleClass();
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }
}
