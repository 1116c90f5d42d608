package com.kamplanner.web.whitespace;

import com.kamplanner.whitespace.CatalogueService;
import com.kamplanner.whitespace.Offering;
import com.kamplanner.whitespace.PortfolioItem;
import com.kamplanner.whitespace.PortfolioWhitespace;
import com.kamplanner.whitespace.WhitespaceService;
import com.kamplanner.whitespace.WhitespaceTotals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code whitespace/portfolio.xhtml}, for the KA Director and executives: where each offering is supplied,
 * open or held by a competitor across the key accounts, one offering or all, paged in the database, with the
 * totals per currency.
 */
@Named
@ViewScoped
public class PortfolioWhitespacePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WhitespaceService whitespace;

    @Inject
    CatalogueService catalogue;

    private List<Offering> offerings = List.of();
    private String offering;
    private Map<String, WhitespaceTotals.Sum> totals = Map.of();
    private final LazyDataModel<PortfolioItem> items = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) whitespace.portfolio(offering, 0, 1).total();
        }

        @Override
        public List<PortfolioItem> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            PortfolioWhitespace page = whitespace.portfolio(offering, first, size);
            totals = page.totalsByCurrency();
            setRowCount((int) page.total());
            return page.items();
        }
    };

    @PostConstruct
    void load() {
        offerings = catalogue.activeOfferings();
        totals = whitespace.portfolio(offering, 0, 1).totalsByCurrency();
    }

    public void filter() {
        totals = whitespace.portfolio(offering, 0, 1).totalsByCurrency();
    }

    /** The offering's name in the reader's language, or its code if the active catalogue no longer has it. */
    public String offeringName(String code) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return offerings.stream().filter(o -> o.getCode().equals(code)).findFirst().map(o -> o.name(locale))
                .orElse(code);
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering == null || offering.isBlank() ? null : offering;
    }

    public LazyDataModel<PortfolioItem> getItems() {
        return items;
    }

    public List<Map.Entry<String, WhitespaceTotals.Sum>> getTotals() {
        return List.copyOf(totals.entrySet());
    }
}
