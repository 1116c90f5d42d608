package com.kamplanner.web.executive;

import com.kamplanner.executive.ExecutivePeople;
import com.kamplanner.executive.PeopleFigures;
import com.kamplanner.web.i18n.Bundle;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code executive/people.xhtml}: the people figures in aggregate only (headcount, key accounts per KAM,
 * competency averages per area against the target), for executives, the KA Director and HR. No name, no
 * individual rating reaches this page: the service returns none.
 */
@Named("executivePeoplePage")
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutivePeople people;

    private PeopleFigures figures;
    private String spreadChart;
    private String competencyChart;

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        figures = people.figures(locale);
        List<String> held = new ArrayList<>();
        List<Long> kams = new ArrayList<>();
        figures.getKamsHolding().forEach((accounts, count) -> {
            held.add(String.valueOf(accounts));
            kams.add(count);
        });
        spreadChart = new FigureChart(Bundle.text(locale, "executive.people.spread"), held)
                .bars(Bundle.text(locale, "executive.people.kams"), kams).json();
        competencyChart = new FigureChart(Bundle.text(locale, "executive.people.competency"),
                figures.getAreas().stream().map(PeopleFigures.AreaLine::area).toList())
                .bars(Bundle.text(locale, "executive.people.average"),
                        figures.getAreas().stream().map(PeopleFigures.AreaLine::average).toList())
                .line(Bundle.text(locale, "executive.people.target"),
                        figures.getAreas().stream().map(PeopleFigures.AreaLine::target).toList())
                .json();
    }

    public PeopleFigures getFigures() {
        return figures;
    }

    public String getSpreadChart() {
        return spreadChart;
    }

    public String getCompetencyChart() {
        return competencyChart;
    }
}
