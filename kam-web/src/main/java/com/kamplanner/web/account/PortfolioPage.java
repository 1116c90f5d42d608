package com.kamplanner.web.account;

import com.kamplanner.account.AccountService;
import com.kamplanner.people.AppUser;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.security.Caller;
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
    private List<AppUser> kams;

    @PostConstruct
    void init() {
        model = new PortfolioLazyModel(accounts, filters);
        industries = accounts.industries();
        countries = accounts.countries();
        kams = caller.isReadsAll() ? assignments.kams() : List.of();
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

    public List<AppUser> getKams() {
        return kams;
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }
}
