package com.kamplanner.web.improvement;

import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.improvement.ImprovementAction;
import com.kamplanner.improvement.ProgrammeReviewService;
import com.kamplanner.improvement.QuarterReview;
import com.kamplanner.culture.Recognitions;
import com.kamplanner.people.AppUser;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code programme/review.xhtml}: the KA Director's quarterly programme review, with the figures this quarter
 * against last, their trend, and the improvement actions decided, added, moved along or removed here.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeReviewService review;

    @Inject
    Recognitions recognitions;

    @Inject
    PageMessages messages;

    private QuarterReview figures;
    private ChartView comparisonChart;
    private ChartView trendChart;
    private List<AppUser> owners;
    private ImprovementActionsModel actions;
    private ImprovementAction.Status statusFilter;
    private ImprovementActionForm form = new ImprovementActionForm();
    private long recognitionsThisQuarter;
    private long recognitionsLastQuarter;

    public void load() {
        if (actions != null) {
            return;
        }
        figures = review.review(LocalDate.now());
        Locale locale = locale();
        comparisonChart = ReviewCharts.comparison(figures, key -> Bundle.text(locale, key), locale);
        trendChart = ReviewCharts.trend(figures.history(), key -> Bundle.text(locale, key), locale);
        owners = review.owners();
        recognitionsThisQuarter = recognitions.countBetween(figures.quarter().start(), figures.quarter().end());
        recognitionsLastQuarter = recognitions.countBetween(figures.previousQuarter().start(),
                figures.previousQuarter().end());
        actions = new ImprovementActionsModel(review);
    }

    public void filter() {
        actions.filter(statusFilter);
    }

    public void edit(ImprovementAction action) {
        form = ImprovementActionForm.of(action);
    }

    public void cancel() {
        form = new ImprovementActionForm();
    }

    public void save() {
        if (form.isEditing()) {
            review.update(form.getId(), form.getVersion(), form.getTitle(), form.getDescription(),
                    form.getOwnerId(), form.getDueDate(), form.getStatus());
            messages.info("review.action.saved", form.getTitle());
        } else {
            review.add(form.getTitle(), form.getDescription(), form.getOwnerId(), form.getDueDate(),
                    LocalDate.now());
            messages.info("review.action.added", form.getTitle());
        }
        form = new ImprovementActionForm();
    }

    public void delete(ImprovementAction action) {
        review.delete(action.getId(), action.getVersion());
        if (action.getId().equals(form.getId())) {
            form = new ImprovementActionForm();
        }
        messages.info("review.action.deleted", action.getTitle());
    }

    public StreamedContent getXlsx() {
        Locale locale = locale();
        return DownloadResponse.streamed(review.export(figures, key -> Bundle.text(locale, key)));
    }

    /** Better, worse or the same as last quarter, as a CSS class; late action plans are better when fewer. */
    public String trendClass(QuarterReview.Figure figure) {
        Integer change = figures.change(figure);
        if (change == null || change == 0) {
            return "kam-same";
        }
        return (change > 0) == figure.higherIsBetter() ? "kam-better" : "kam-worse";
    }

    public boolean isLate(ImprovementAction action) {
        return action.isLate(LocalDate.now());
    }

    public ImprovementAction.Status[] getStatuses() {
        return ImprovementAction.Status.values();
    }

    public QuarterReview.Figure[] getFigureKinds() {
        return QuarterReview.Figure.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public QuarterReview getFigures() {
        return figures;
    }

    public ChartView getComparisonChart() {
        return comparisonChart;
    }

    public ChartView getTrendChart() {
        return trendChart;
    }

    public List<AppUser> getOwners() {
        return owners;
    }

    public ImprovementActionsModel getActions() {
        return actions;
    }

    public ImprovementAction.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ImprovementAction.Status statusFilter) {
        this.statusFilter = statusFilter;
    }

    /** KA teams recognised this quarter (the culture's part of the review), and last quarter. */
    public long getRecognitionsThisQuarter() {
        return recognitionsThisQuarter;
    }

    public long getRecognitionsLastQuarter() {
        return recognitionsLastQuarter;
    }

    /** More recognitions than last quarter reads as better. */
    public String getRecognitionsTrend() {
        long change = recognitionsThisQuarter - recognitionsLastQuarter;
        return change == 0 ? "kam-same" : change > 0 ? "kam-better" : "kam-worse";
    }

    public ImprovementActionForm getForm() {
        return form;
    }
}
