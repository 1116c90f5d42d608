package com.kamplanner.web.competency;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** The JSON body of a self-assessment over the API: the version loaded, a level per competency code, evidence. */
public class SelfAssessmentInput {

    @NotNull
    private Long version;

    @NotNull
    private Map<String, Integer> levels;

    private String evidence;

    private String evidenceRef;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Map<String, Integer> getLevels() {
        return levels;
    }

    public void setLevels(Map<String, Integer> levels) {
        this.levels = levels;
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
}
