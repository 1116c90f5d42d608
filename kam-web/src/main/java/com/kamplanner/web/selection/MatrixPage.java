package com.kamplanner.web.selection;

import com.kamplanner.platform.Formats;
import com.kamplanner.selection.BubbleSize;
import com.kamplanner.selection.KamOption;
import com.kamplanner.selection.MatrixFilter;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.MatrixThresholds;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.SelectionMatrix;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.ItemSelectEvent;

/**
 * Backs {@code selection/matrix.xhtml}: the filters, the bubble chart, the ranking beside it and, for the KA
 * Director, the thresholds form. What each caller sees and may change is the services' decision.
 *
 * <p>The view keeps the filters and thresholds only. The positions and the chart (one per key account, 10,000 in a
 * large programme) are read once per request and dropped with it: kept in the view, they stayed in the session for
 * each of the last pages a user opened, and were copied into the Data Grid on every request (issue 17's soak).
 */
@Named
@ViewScoped
public class MatrixPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CURRENT = MatrixPage.class.getName() + ".current";

    @Inject
    SelectionMatrix matrix;

    @Inject
    PageMessages messages;

    @Inject
    FacesContext faces;

    private final MatrixFilter filter = new MatrixFilter();
    private BubbleSize size = BubbleSize.SALES;
    private MatrixThresholds thresholds;
    private List<KamOption> kams;
    private List<String> industries;
    private List<String> countries;

    @PostConstruct
    void load() {
        kams = matrix.kams();
        industries = matrix.distinctValues("industry");
        countries = matrix.distinctValues("country");
        refresh();
    }

    /** After a filter or the bubble size changed: the thresholds again, and the positions at their next read. */
    public void refresh() {
        thresholds = matrix.thresholds();
        faces.getExternalContext().getRequestMap().remove(CURRENT);
    }

    /** The positions and chart of this request's filters, read at the first use in the request. */
    private Current current() {
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        Current current = (Current) request.get(CURRENT);
        if (current == null) {
            List<MatrixPosition> positions = matrix.positions(filter);
            Locale locale = faces.getViewRoot().getLocale();
            current = new Current(positions, new MatrixChart(positions, thresholds, size,
                    key -> Bundle.text(locale, key), Formats.of(locale)));
            request.put(CURRENT, current);
        }
        return current;
    }

    private record Current(List<MatrixPosition> positions, MatrixChart chart) {
    }

    public void saveThresholds() {
        matrix.changeThresholds(thresholds.getAttractiveness(), thresholds.getStrength());
        messages.info("selection.thresholds.saved");
        refresh();
    }

    /** A click on a bubble opens the account. */
    public void open(ItemSelectEvent event) throws IOException {
        Long account = current().chart().accountAt(event.getDataSetIndex(), event.getItemIndex());
        if (account != null) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/accounts/account.xhtml?id=" + account);
        }
    }

    public long getPlacedCount() {
        return current().positions().stream().filter(MatrixPosition::isPlaced).count();
    }

    public MatrixFilter getFilter() {
        return filter;
    }

    public BubbleSize getSize() {
        return size;
    }

    public void setSize(BubbleSize size) {
        this.size = size == null ? BubbleSize.SALES : size;
    }

    public Quadrant[] getQuadrants() {
        return Quadrant.values();
    }

    public BubbleSize[] getSizes() {
        return BubbleSize.values();
    }

    public List<MatrixPosition> getPositions() {
        return current().positions();
    }

    public MatrixThresholds getThresholds() {
        return thresholds;
    }

    public MatrixChart getChart() {
        return current().chart();
    }

    public List<KamOption> getKams() {
        return kams;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public List<String> getCountries() {
        return countries;
    }
}
