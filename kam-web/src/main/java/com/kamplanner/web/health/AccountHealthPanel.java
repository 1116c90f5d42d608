package com.kamplanner.web.health;

import com.kamplanner.health.ComponentValue;
import com.kamplanner.health.HealthBand;
import com.kamplanner.health.HealthReport;
import com.kamplanner.health.HealthService;
import com.kamplanner.health.MonthScore;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs the health card of {@code accounts/account.xhtml}: the stored score, each component with its value, weight,
 * the fact behind it and the link to where it is fixed, and the trend of the last twelve months as a chart with its
 * table. Loaded after the account page, whose load has checked the caller's right to read the account; the service
 * checks it again. An account that is not a key account has no card.
 */
@Named
@ViewScoped
public class AccountHealthPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthService health;

    private HealthReport report;
    private List<Line> lines = List.of();
    private ChartView trend;
    private Locale trendLocale;

    /** One component as the card lists it, its words in the page's current language (it may change in the view). */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ComponentValue value;
        private final String link;

        Line(ComponentValue value, String link) {
            this.value = value;
            this.link = link;
        }

        public ComponentValue getValue() {
            return value;
        }

        public String getName() {
            return HealthTexts.name(value.getComponent(), locale());
        }

        public String getFact() {
            return HealthTexts.fact(value, locale());
        }

        public String getLink() {
            return link;
        }

        public String getStyleClass() {
            return HealthBand.of(value.getValue()).styleClass();
        }
    }

    public void load(Long accountId) {
        if (accountId == null) {
            return;
        }
        report = health.reportOfKeyAccount(accountId);
        if (report == null) {
            lines = List.of();
            return;
        }
        String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        lines = report.getComponents().stream().map(c -> new Line(c, root + c.getComponent().fixLink(accountId)))
                .toList();
        trend = null;
    }

    /** The trend of the last twelve months, drawn in the page's current language. */
    public ChartView getTrend() {
        Locale locale = locale();
        if (report != null && (trend == null || !locale.equals(trendLocale))) {
            Formats formats = Formats.of(locale);
            List<MonthScore> history = report.getHistory();
            trend = new CategoryChart(Bundle.text(locale, "health.trend"), Bundle.text(locale, "health.trend.month"),
                    history.stream().map(m -> formats.month(m.getMonth())).toList(), locale)
                    .valueAxis(Bundle.text(locale, "health.score"), formats::number).upTo(100)
                    .line(Bundle.text(locale, "health.score"), history.stream().map(MonthScore::getScore).toList())
                    .view();
            trendLocale = locale;
        }
        return trend;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** False for an account that is not a key account: the page shows no health. */
    public boolean isShown() {
        return report != null;
    }

    public HealthReport getReport() {
        return report;
    }

    public String getBandClass() {
        return report == null ? "" : HealthBand.of(report.getScore()).styleClass();
    }

    public List<Line> getLines() {
        return lines;
    }

}
