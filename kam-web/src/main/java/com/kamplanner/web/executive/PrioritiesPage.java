package com.kamplanner.web.executive;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.priority.CorporatePriority;
import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.priority.PriorityService;
import com.kamplanner.priority.PriorityStanding;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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

    @PostConstruct
    void load() {
        editor = caller.isExecutive();
        board = boards.board();
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

    /** Strategic objectives per priority, as a horizontal bar chart (Chart.js, for {@code p:chart}). */
    public String getChartJson() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder objectives = Json.createArrayBuilder();
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        for (PriorityStanding s : board) {
            if (!s.priority().isRetired()) {
                labels.add(s.priority().getTitle());
                objectives.add(s.objectives());
                accounts.add(s.accounts());
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Bundle.text(locale, "priorities.objectives"))
                                .add("data", objectives).add("backgroundColor", "rgba(29,78,216,0.7)"))
                        .add(Json.createObjectBuilder().add("label", Bundle.text(locale, "priorities.accounts"))
                                .add("data", accounts).add("backgroundColor", "rgba(16,185,129,0.7)"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
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
