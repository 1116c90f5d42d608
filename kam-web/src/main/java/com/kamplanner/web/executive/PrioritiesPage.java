package com.kamplanner.web.executive;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.priority.CorporatePriority;
import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.priority.PriorityService;
import com.kamplanner.priority.PriorityStanding;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code executive/priorities.xhtml}: executives keep the corporate strategic priorities (add, edit, retire,
 * delete) and everyone on the page sees which key accounts and strategic objectives serve each, unserved ones
 * flagged. The KA Director reads the same board without the editing controls.
 */
@Named
@ViewScoped
public class PrioritiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriorityService priorities;

    @Inject
    PriorityBoard boards;

    @Inject
    PrioritiesExport export;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private CorporatePriority priority = fresh();
    private List<PriorityStanding> board;
    private boolean editor;
    private ChartView chart;

    @PostConstruct
    void load() {
        editor = caller.isExecutive();
        board = boards.board();
        chart = null;
    }

    public void save() {
        boolean added = priority.getId() == null;
        CorporatePriority saved = priorities.save(priority);
        messages.info(added ? "priorities.added" : "priorities.saved", saved.getTitle());
        priority = fresh();
        load();
    }

    public void edit(CorporatePriority existing) {
        priority = existing;
    }

    public void cancel() {
        priority = fresh();
    }

    public void retire(CorporatePriority existing) {
        priorities.retire(existing.getId(), existing.getVersion(), true);
        messages.info("priorities.retiredNow", existing.getTitle());
        load();
    }

    public void reinstate(CorporatePriority existing) {
        priorities.retire(existing.getId(), existing.getVersion(), false);
        messages.info("priorities.reinstated", existing.getTitle());
        load();
    }

    public void delete(CorporatePriority existing) {
        priorities.delete(existing.getId(), existing.getVersion());
        messages.info("priorities.deleted", existing.getTitle());
        if (existing.getId().equals(priority.getId())) {
            priority = fresh();
        }
        load();
    }

    /** Strategic objectives and key accounts per priority in force, as horizontal bars and their table. */
    public ChartView getChart() {
        if (chart == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<PriorityStanding> standing = board.stream().filter(s -> !s.priority().isRetired()).toList();
            chart = new CategoryChart(Bundle.text(locale, "priorities.chart"), Bundle.text(locale, "priorities.axis.priority"),
                    standing.stream().map(s -> s.priority().getTitle()).toList(), locale)
                    .horizontal().valueAxis(Bundle.text(locale, "priorities.axis.count"), Formats.of(locale)::number)
                    .bars(Bundle.text(locale, "priorities.objectives"),
                            standing.stream().map(s -> (Number) s.objectives()).toList())
                    .bars(Bundle.text(locale, "priorities.accounts"),
                            standing.stream().map(s -> (Number) s.accounts()).toList())
                    .view();
        }
        return chart;
    }

    public StreamedContent getXlsx() {
        return DownloadResponse.streamed(export.xlsx(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public long getUnservedCount() {
        return board.stream().filter(s -> s.isUnserved() && !s.priority().isRetired()).count();
    }

    private static CorporatePriority fresh() {
        int year = Year.now().getValue();
        return new CorporatePriority(null, year, year + 2);
    }

    public CorporatePriority getPriority() {
        return priority;
    }

    public List<PriorityStanding> getBoard() {
        return board;
    }

    public boolean isEditor() {
        return editor;
    }
}
