package com.kamplanner.web.conflict;

import com.kamplanner.account.Account;
import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictKind;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.conflict.ConflictStatus;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code programme/conflicts.xhtml}: the KA Director's conflict register, a status filter, the entry being
 * edited, and its forward moves (in mediation, resolved with a note).
 */
@Named
@ViewScoped
public class ConflictsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConflictService conflicts;

    @Inject
    PageMessages messages;

    private ConflictStatus statusFilter;
    private ConflictLazyModel model;
    private List<Account> keyAccounts = new ArrayList<>();
    private ConflictForm form = new ConflictForm();
    private Conflict selected;
    private String resolutionNote;
    private ChartView statusChart;

    @PostConstruct
    void init() {
        model = new ConflictLazyModel(conflicts, this);
        keyAccounts = conflicts.keyAccounts();
        statusChart = null;
    }

    /** How many entries stand at each status (counted in the database), as horizontal bars and their table. */
    public ChartView getStatusChart() {
        if (statusChart == null) {
            Map<ConflictStatus, Long> counts = new EnumMap<>(ConflictStatus.class);
            for (Object[] row : conflicts.countsByStatus()) {
                counts.put((ConflictStatus) row[0], (Long) row[1]);
            }
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (ConflictStatus status : ConflictStatus.values()) {
                labels.add(Bundle.text(locale, "conflict.status." + status));
                values.add(counts.getOrDefault(status, 0L));
            }
            statusChart = new CategoryChart(Bundle.text(locale, "conflict.chart"),
                    Bundle.text(locale, "conflict.status"), labels, locale).horizontal()
                    .valueAxis(Bundle.text(locale, "conflict.axis.entries"), Formats.of(locale)::number)
                    .bars(Bundle.text(locale, "conflict.axis.entries"), values)
                    .view();
        }
        return statusChart;
    }

    /** Starts a new, empty entry. */
    public void newEntry() {
        form = new ConflictForm();
        selected = null;
        resolutionNote = null;
    }

    /** Opens an entry of the table in the editor, as stored now. */
    public void select(long id) {
        selected = conflicts.find(id);
        form = new ConflictForm();
        form.setId(selected.getId());
        form.setLoadedVersion(selected.getVersion());
        form.setTitle(selected.getTitle());
        form.setKind(selected.getKind());
        form.setOtherParties(selected.getOtherParties());
        form.setDescription(selected.getDescription());
        form.setAccountIds(new ArrayList<>(selected.getAccounts().stream().map(Account::getId).toList()));
        resolutionNote = selected.getResolution();
    }

    public void save() {
        Conflict saved = form.getId() == null
                ? conflicts.open(form.getTitle(), form.getKind(), form.getOtherParties(), form.getDescription(),
                form.getAccountIds())
                : conflicts.edit(form.getId(), form.getLoadedVersion(), form.getTitle(), form.getKind(),
                form.getOtherParties(), form.getDescription(), form.getAccountIds());
        messages.info("conflict.saved");
        statusChart = null;
        select(saved.getId());
    }

    public void mediate() {
        move(ConflictStatus.IN_MEDIATION, null);
        messages.info("conflict.mediating");
    }

    public void resolve() {
        move(ConflictStatus.RESOLVED, resolutionNote);
        messages.info("conflict.resolved");
    }

    private void move(ConflictStatus next, String note) {
        Conflict moved = conflicts.move(form.getId(), form.getLoadedVersion(), next, note);
        statusChart = null;
        select(moved.getId());
    }

    public ConflictKind[] getKinds() {
        return ConflictKind.values();
    }

    public ConflictStatus[] getStatuses() {
        return ConflictStatus.values();
    }

    public ConflictLazyModel getModel() {
        return model;
    }

    public List<Account> getKeyAccounts() {
        return keyAccounts;
    }

    public ConflictForm getForm() {
        return form;
    }

    public Conflict getSelected() {
        return selected;
    }

    public ConflictStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ConflictStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public void setResolutionNote(String resolutionNote) {
        this.resolutionNote = resolutionNote;
    }
}
