package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * What a strategy template says about one step of the guided path: whether the step must be filled for the
 * strategy to count as compliant, and the KA Director's guidance shown at that step, in English and French.
 */
@Embeddable
public class StepRule implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int GUIDANCE_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private StrategyStep step;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "guidance_en", length = GUIDANCE_MAX)
    private String guidanceEn;

    @Column(name = "guidance_fr", length = GUIDANCE_MAX)
    private String guidanceFr;

    protected StepRule() {
    }

    public StepRule(StrategyStep step, boolean required, String guidanceEn, String guidanceFr) {
        this.step = step;
        this.required = required;
        this.guidanceEn = guidanceEn;
        this.guidanceFr = guidanceFr;
    }

    StepRule copy() {
        return new StepRule(step, required, guidanceEn, guidanceFr);
    }

    public StrategyStep getStep() {
        return step;
    }

    public boolean isRequired() {
        return required;
    }

    void setRequired(boolean required) {
        this.required = required;
    }

    public String getGuidanceEn() {
        return guidanceEn;
    }

    void setGuidanceEn(String guidanceEn) {
        this.guidanceEn = guidanceEn;
    }

    public String getGuidanceFr() {
        return guidanceFr;
    }

    void setGuidanceFr(String guidanceFr) {
        this.guidanceFr = guidanceFr;
    }
}
