package com.kamplanner.web.executive;

import com.kamplanner.executive.ExecutivePeople;
import com.kamplanner.executive.PeopleFigures;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code executive/people.xhtml}: the people figures in aggregate only (headcount and key accounts per KAM
 * as key figures with their spread as a short table, competency averages per area against the target as a chart), for executives, the KA Director and HR. No name, no
 * individual rating reaches this page: the service returns none.
 */
@Named("executivePeoplePage")
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutivePeople people;

    private PeopleFigures figures;
    private ChartView competencyChart;

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        figures = people.figures(locale);
        Formats formats = Formats.of(locale);
        competencyChart = new CategoryChart(Bundle.text(locale, "executive.people.competency"),
                Bundle.text(locale, "executive.people.area"),
                figures.getAreas().stream().map(PeopleFigures.AreaLine::area).toList(), locale)
                .valueAxis(Bundle.text(locale, "executive.people.axis.level"), formats::number).upTo(5)
                .bars(Bundle.text(locale, "executive.people.average"),
                        figures.getAreas().stream().map(PeopleFigures.AreaLine::average).toList())
                .reference(Bundle.text(locale, "executive.people.target"),
                        figures.getAreas().stream().map(PeopleFigures.AreaLine::target).toList())
                .view();
    }

    public PeopleFigures getFigures() {
        return figures;
    }

    /** How many KAMs hold how many key accounts, fewest first: a short table, where a chart would be one bar. */
    public List<Map.Entry<Long, Long>> getSpread() {
        return figures.getKamsHolding().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public ChartView getCompetencyChart() {
        return competencyChart;
    }
}
