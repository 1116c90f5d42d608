package com.kamplanner.web.competency;

import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.AssessmentService;
import com.kamplanner.competency.CompetencyPrivacy;
import com.kamplanner.competency.Competency;
import com.kamplanner.competency.FrameworkService;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Backs {@code competency/assessment.xhtml?id=}: the KAM's self-assessment, the KA Director's manager assessment
 * and HR's validation on one form, each part editable only for its role and only until HR validates. Validating
 * without a self-assessment asks for explicit confirmation first.
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    @Inject
    FrameworkService frameworks;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    PageMessages messages;

    private Long id;
    private Assessment assessment;
    private List<RatingRow> rows = List.of();
    private String evidence;
    private String evidenceRef;
    private String confirmation;
    private boolean owner;
    private boolean director;
    private boolean hr;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        assessment = assessments.find(id);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<RatingRow> loaded = new ArrayList<>();
        for (Competency c : frameworks.find(assessment.getCampaign().getFramework().getId()).competencies()) {
            loaded.add(new RatingRow(c, assessment.rating(c.getCode()).orElse(null), locale));
        }
        rows = loaded;
        owner = privacy.callerName().equals(assessment.getKam().getUsername());
        director = privacy.isDirector();
        hr = privacy.isHr();
        evidence = owner ? assessment.getSelfEvidence() : director ? assessment.getManagerEvidence() : null;
        evidenceRef = owner ? assessment.getSelfEvidenceRef() : director ? assessment.getManagerEvidenceRef() : null;
        confirmation = null;
    }

    public void saveSelf() {
        assessments.selfAssess(id, assessment.getVersion(), levels(RatingRow::getSelf), evidence, evidenceRef);
        messages.info("competency.selfSaved");
        load();
    }

    public void saveManager() {
        assessments.managerAssess(id, assessment.getVersion(), levels(RatingRow::getManager), evidence, evidenceRef);
        messages.info("competency.managerSaved");
        load();
    }

    /** Validates; without a self-assessment, shows the question and waits for {@link #validateWithoutSelf()}. */
    public void validate() {
        try {
            doValidate(false);
        } catch (BusinessRuleException e) {
            if (!AssessmentService.CONFIRM_NO_SELF.equals(e.messageKey())) {
                throw e;
            }
            confirmation = BusinessErrors.text(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
    }

    public void validateWithoutSelf() {
        doValidate(true);
    }

    public void cancelConfirmation() {
        confirmation = null;
    }

    private void doValidate(boolean confirmed) {
        Map<String, String> comments = new LinkedHashMap<>();
        rows.forEach(r -> comments.put(r.getCode(), r.getComment()));
        assessments.validate(id, assessment.getVersion(), levels(RatingRow::getFinalLevel), comments, confirmed);
        messages.info("competency.validatedInfo");
        load();
    }

    private Map<String, Integer> levels(Function<RatingRow, Integer> level) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        rows.forEach(r -> levels.put(r.getCode(), level.apply(r)));
        return levels;
    }

    public boolean isSelfEditable() {
        return owner && !assessment.isValidated() && assessment.getCampaign().isOpen();
    }

    public boolean isManagerEditable() {
        return director && !assessment.isValidated() && assessment.getCampaign().isOpen();
    }

    public boolean isValidatable() {
        return hr && !assessment.isValidated() && assessment.getCampaign().isOpen();
    }

    /** Levels other people gave stay hidden from the KAM until HR validates; HR and the director see both. */
    public boolean isOthersVisible() {
        return hr || director || assessment.isValidated();
    }

    public List<Integer> getLevelChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public List<RatingRow> getRows() {
        return rows;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getEvidenceRef() {
        return evidenceRef;
    }

    public void setEvidenceRef(String evidenceRef) {
        this.evidenceRef = evidenceRef;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public boolean isOwner() {
        return owner;
    }

    public boolean isHr() {
        return hr;
    }
}
