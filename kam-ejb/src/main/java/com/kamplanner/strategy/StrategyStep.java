package com.kamplanner.strategy;

/**
 * The six steps of the guided path, in the order the method walks them. The workspace page shows one at a time;
 * the compliance checks flag a step left empty.
 */
public enum StrategyStep {
    POTENTIALS, ORIENTATION, OBJECTIVES, PROGRAMMES, VISION, CONTINGENCIES;

    /** The step at a position of the steps bar, the first one for anything out of range. */
    public static StrategyStep at(Integer index) {
        return index == null || index < 0 || index >= values().length ? POTENTIALS : values()[index];
    }

    /** True when nothing of this step has been written yet. */
    public boolean isEmptyIn(Strategy strategy) {
        return switch (this) {
            case POTENTIALS -> strategy.getPotentials().isEmpty();
            case ORIENTATION -> strategy.getOptions().isEmpty() || !strategy.getOrientation().isChosen();
            case OBJECTIVES -> strategy.getObjectives().isEmpty();
            case PROGRAMMES -> strategy.getProgrammes().isEmpty();
            case VISION -> Indicator.blank(strategy.getVision()) || Indicator.blank(strategy.getMission());
            case CONTINGENCIES -> strategy.getContingencies().isEmpty();
        };
    }
}
