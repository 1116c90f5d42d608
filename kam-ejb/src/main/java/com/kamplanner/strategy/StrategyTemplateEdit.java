package com.kamplanner.strategy;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The KA Director's changes to a draft strategy template, applied in one go by {@link StrategyTemplateService}:
 * name, segment, the minimum content rules, the horizon, the matrix tools and each step's rule and guidance. The
 * page edits one of these, never the entity.
 */
public class StrategyTemplateEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Quadrant segment;
    private int minPotentialsPerKind;
    private boolean towsPerPairUsed;
    private boolean indicatorsRequired;
    private boolean strategicTraced;
    private boolean programmesBothKinds;
    private boolean plansServeObjective;
    private int horizonYears;
    private boolean horizonChecked;
    private Set<MatrixTool> tools = EnumSet.noneOf(MatrixTool.class);
    private final List<StepEdit> steps = new ArrayList<>();

    /** One step's rule as edited. */
    public static class StepEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final StrategyStep step;
        private boolean required;
        private String guidanceEn;
        private String guidanceFr;

        public StepEdit(StrategyStep step, boolean required, String guidanceEn, String guidanceFr) {
            this.step = step;
            this.required = required;
            this.guidanceEn = guidanceEn;
            this.guidanceFr = guidanceFr;
        }

        public StrategyStep getStep() {
            return step;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getGuidanceEn() {
            return guidanceEn;
        }

        public void setGuidanceEn(String guidanceEn) {
            this.guidanceEn = guidanceEn;
        }

        public String getGuidanceFr() {
            return guidanceFr;
        }

        public void setGuidanceFr(String guidanceFr) {
            this.guidanceFr = guidanceFr;
        }
    }

    public static StrategyTemplateEdit of(StrategyTemplate template) {
        StrategyTemplateEdit edit = new StrategyTemplateEdit();
        edit.name = template.getName();
        edit.segment = template.getSegment();
        edit.minPotentialsPerKind = template.getMinPotentialsPerKind();
        edit.towsPerPairUsed = template.isTowsPerPairUsed();
        edit.indicatorsRequired = template.isIndicatorsRequired();
        edit.strategicTraced = template.isStrategicTraced();
        edit.programmesBothKinds = template.isProgrammesBothKinds();
        edit.plansServeObjective = template.isPlansServeObjective();
        edit.horizonYears = template.getHorizonYears();
        edit.horizonChecked = template.isHorizonChecked();
        edit.tools = EnumSet.copyOf(template.getTools());
        for (StrategyStep step : StrategyStep.values()) {
            StepRule rule = template.step(step).orElse(null);
            edit.steps.add(rule == null ? new StepEdit(step, false, null, null)
                    : new StepEdit(step, rule.isRequired(), rule.getGuidanceEn(), rule.getGuidanceFr()));
        }
        return edit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public int getMinPotentialsPerKind() {
        return minPotentialsPerKind;
    }

    public void setMinPotentialsPerKind(int minPotentialsPerKind) {
        this.minPotentialsPerKind = minPotentialsPerKind;
    }

    public boolean isTowsPerPairUsed() {
        return towsPerPairUsed;
    }

    public void setTowsPerPairUsed(boolean towsPerPairUsed) {
        this.towsPerPairUsed = towsPerPairUsed;
    }

    public boolean isIndicatorsRequired() {
        return indicatorsRequired;
    }

    public void setIndicatorsRequired(boolean indicatorsRequired) {
        this.indicatorsRequired = indicatorsRequired;
    }

    public boolean isStrategicTraced() {
        return strategicTraced;
    }

    public void setStrategicTraced(boolean strategicTraced) {
        this.strategicTraced = strategicTraced;
    }

    public boolean isProgrammesBothKinds() {
        return programmesBothKinds;
    }

    public void setProgrammesBothKinds(boolean programmesBothKinds) {
        this.programmesBothKinds = programmesBothKinds;
    }

    public boolean isPlansServeObjective() {
        return plansServeObjective;
    }

    public void setPlansServeObjective(boolean plansServeObjective) {
        this.plansServeObjective = plansServeObjective;
    }

    public boolean isHorizonChecked() {
        return horizonChecked;
    }

    public void setHorizonChecked(boolean horizonChecked) {
        this.horizonChecked = horizonChecked;
    }

    public int getHorizonYears() {
        return horizonYears;
    }

    public void setHorizonYears(int horizonYears) {
        this.horizonYears = horizonYears;
    }

    public Set<MatrixTool> getTools() {
        return tools;
    }

    public void setTools(Set<MatrixTool> tools) {
        this.tools = EnumSet.noneOf(MatrixTool.class);
        if (tools != null) {
            this.tools.addAll(tools);
        }
    }

    public List<StepEdit> getSteps() {
        return steps;
    }
}
