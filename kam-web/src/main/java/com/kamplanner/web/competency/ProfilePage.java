package com.kamplanner.web.competency;

import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.AssessmentService;
import com.kamplanner.competency.CompetencyPrivacy;
import com.kamplanner.competency.CompetencyProfile;
import com.kamplanner.competency.DevelopmentAction;
import com.kamplanner.competency.DevelopmentPlanService;
import com.kamplanner.competency.ProfileService;
import com.kamplanner.culture.Achieved;
import com.kamplanner.culture.RecognitionLine;
import com.kamplanner.culture.Recognitions;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.culture.AchievementText;
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
import java.util.Map;

/**
 * Backs {@code competency/profile.xhtml?user=}: a KAM's radar of validated levels against target, gaps by size,
 * trend, self-vs-manager disagreements and development plan; HR and the KA Director manage the plan. Without
 * {@code user}, the calling KAM's own profile with their open assessments.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfileService profiles;

    @Inject
    AssessmentService assessments;

    @Inject
    DevelopmentPlanService plans;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    Recognitions recognitions;

    @Inject
    PageMessages messages;

    private Long user;
    private CompetencyProfile profile;
    private ChartView chart;
    private List<Assessment> myAssessments = List.of();
    private List<RecognitionLine> recognised = List.of();
    private boolean planEditable;
    private Map<String, String> names;
    private String actionCompetency;
    private DevelopmentAction.Kind actionKind = DevelopmentAction.Kind.TRAINING;
    private String actionDescription;
    private LocalDate actionDue = LocalDate.now().plusMonths(3);

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean own = user == null;
        if (own) {
            user = privacy.caller().getId();
        }
        profile = profiles.profile(user, locale);
        names = profiles.competencyNames(locale);
        chart = RadarChart.of(profile.getLines(), key -> Bundle.text(locale, key), Formats.of(locale));
        planEditable = privacy.isHr() || privacy.isDirector();
        myAssessments = profile.getKamId() == privacy.caller().getId() ? assessments.mine() : List.of();
        recognised = recognitions.receivedBy(profile.getKamId());
    }

    /** The recognitions the KAM's teams received, under the profile's own privacy rule. */
    public List<RecognitionLine> getRecognised() {
        return recognised;
    }

    public String achievement(Achieved achieved) {
        return AchievementText.of(achieved, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public void addAction() {
        plans.add(user, actionCompetency, actionKind, actionDescription, actionDue);
        messages.info("competency.action.added");
        actionDescription = null;
        load();
    }

    public void setStatus(DevelopmentAction action, DevelopmentAction.Status status) {
        plans.setStatus(action.getId(), action.getVersion(), status);
        messages.info("competency.action.statusSaved");
        load();
    }

    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }

    public DevelopmentAction.Kind[] getKinds() {
        return DevelopmentAction.Kind.values();
    }

    public DevelopmentAction.Status[] getStatuses() {
        return DevelopmentAction.Status.values();
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Long getUser() {
        return user;
    }

    public void setUser(Long user) {
        this.user = user;
    }

    public CompetencyProfile getProfile() {
        return profile;
    }

    public ChartView getChart() {
        return chart;
    }

    public List<Assessment> getMyAssessments() {
        return myAssessments;
    }

    public boolean isPlanEditable() {
        return planEditable;
    }

    public String getActionCompetency() {
        return actionCompetency;
    }

    public void setActionCompetency(String actionCompetency) {
        this.actionCompetency = actionCompetency;
    }

    public DevelopmentAction.Kind getActionKind() {
        return actionKind;
    }

    public void setActionKind(DevelopmentAction.Kind actionKind) {
        this.actionKind = actionKind;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
