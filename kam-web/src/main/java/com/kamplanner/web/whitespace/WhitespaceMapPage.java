package com.kamplanner.web.whitespace;

import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.whitespace.BuyingCentre;
import com.kamplanner.whitespace.CellInput;
import com.kamplanner.whitespace.CellState;
import com.kamplanner.whitespace.Offering;
import com.kamplanner.whitespace.OpportunityStage;
import com.kamplanner.whitespace.WhitespaceCell;
import com.kamplanner.whitespace.WhitespaceExport;
import com.kamplanner.whitespace.WhitespaceExports;
import com.kamplanner.whitespace.WhitespaceMap;
import com.kamplanner.whitespace.WhitespaceService;
import com.kamplanner.whitespace.WhitespaceTotals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code whitespace/map.xhtml}: one account's grid of offerings × buying centres, the form that edits the
 * chosen cell (with the version it loaded), the buying centres' list, the chart of supplied against potential
 * value per offering, and the Excel export. The service decides who may read and edit.
 */
@Named
@ViewScoped
public class WhitespaceMapPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WhitespaceService whitespace;

    @Inject
    WhitespaceExports exports;

    @Inject
    PageMessages messages;

    private long account;
    private WhitespaceMap map;
    private ChartView chart;
    private Map<Long, String> objectives = Map.of();
    private Map<Long, String> actionPlans = Map.of();
    private String newCentre;
    private Long editedCentre;
    private String editedOffering;
    private CellInput form;

    public void load() {
        map = whitespace.open(account);
        if (map.isWritable()) {
            objectives = whitespace.objectives(account);
            actionPlans = whitespace.actionPlans(account);
        }
        Locale locale = locale();
        Formats formats = Formats.of(locale);
        List<Offering> offerings = map.getOfferings();
        chart = offerings.isEmpty() ? null : new CategoryChart(Bundle.text(locale, "whitespace.chart"),
                Bundle.text(locale, "whitespace.offering"), offerings.stream().map(o -> o.name(locale)).toList(), locale)
                .horizontal()
                .amountAxis(Bundle.text(locale, "whitespace.chart.axis"), formats, map.getCurrency())
                .bars(Bundle.text(locale, "whitespace.total.supplied"),
                        offerings.stream().map(o -> map.getTotals().row(o.getCode()).supplied()).toList())
                .bars(Bundle.text(locale, "whitespace.chart.potential"),
                        offerings.stream().map(o -> map.getTotals().row(o.getCode()).potential()).toList())
                .view();
    }

    public void addCentre() {
        BuyingCentre centre = whitespace.addCentre(account, newCentre);
        messages.info("whitespace.centre.added", centre.getName());
        newCentre = null;
        load();
    }

    public void removeCentre(BuyingCentre centre) {
        whitespace.removeCentre(account, centre.getId());
        messages.info("whitespace.centre.removed", centre.getName());
        cancel();
        load();
    }

    public void edit(BuyingCentre centre, Offering offering) {
        editedCentre = centre.getId();
        editedOffering = offering.getCode();
        form = CellInput.of(map.cell(centre.getId(), offering.getCode()));
    }

    public void saveCell() {
        whitespace.saveCell(account, editedCentre, editedOffering, form);
        messages.info("whitespace.cell.saved", getEditedLabel());
        cancel();
        load();
    }

    public void cancel() {
        editedCentre = null;
        editedOffering = null;
        form = null;
    }

    public StreamedContent getXlsx() {
        Locale locale = locale();
        return DownloadResponse.streamed(exports.xlsx(account, locale, key -> Bundle.text(locale, key)));
    }

    // ---- for the page ----

    public CellState state(BuyingCentre centre, Offering offering) {
        return map.state(centre.getId(), offering.getCode());
    }

    public WhitespaceCell cell(BuyingCentre centre, Offering offering) {
        return map.cell(centre.getId(), offering.getCode());
    }

    /** The cell in words, with its value or competitor: what the grid shows beside the colour. */
    public String cellText(BuyingCentre centre, Offering offering) {
        Locale locale = locale();
        return WhitespaceExport.cellText(map, centre, offering, Formats.of(locale), key -> Bundle.text(locale, key));
    }

    public WhitespaceTotals.Sum row(Offering offering) {
        return map.getTotals().row(offering.getCode());
    }

    public WhitespaceTotals.Sum column(BuyingCentre centre) {
        return map.getTotals().column(centre.getId());
    }

    public boolean isEditing(BuyingCentre centre, Offering offering) {
        return form != null && centre.getId().equals(editedCentre) && offering.getCode().equals(editedOffering);
    }

    public String getEditedLabel() {
        if (form == null) {
            return "";
        }
        Locale locale = locale();
        String offering = map.getOfferings().stream().filter(o -> o.getCode().equals(editedOffering)).findFirst()
                .map(o -> o.name(locale)).orElse(editedOffering);
        String centre = map.getCentres().stream().filter(c -> c.getId().equals(editedCentre)).findFirst()
                .map(BuyingCentre::getName).orElse("");
        return offering + " · " + centre;
    }

    public CellState[] getStates() {
        return CellState.values();
    }

    public OpportunityStage[] getStages() {
        return OpportunityStage.values();
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public long getAccount() {
        return account;
    }

    public void setAccount(long account) {
        this.account = account;
    }

    public WhitespaceMap getMap() {
        return map;
    }

    public ChartView getChart() {
        return chart;
    }

    public Map<Long, String> getObjectives() {
        return objectives;
    }

    public Map<Long, String> getActionPlans() {
        return actionPlans;
    }

    public String getNewCentre() {
        return newCentre;
    }

    public void setNewCentre(String newCentre) {
        this.newCentre = newCentre;
    }

    public CellInput getForm() {
        return form;
    }
}
