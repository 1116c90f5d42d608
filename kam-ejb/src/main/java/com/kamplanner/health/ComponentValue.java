package com.kamplanner.health;

import java.io.Serializable;

/**
 * One component of an account's health: its value from 0 to 100 (null when unknown), the weight its segment gives
 * it, and up to three facts that explain it (their meaning is the component's, in the bundle key
 * {@code health.fact.<COMPONENT>}, or {@code health.missing.<COMPONENT>} when the value is unknown). A class with
 * getters rather than a record: Jakarta EL 5 cannot read record components.
 */
public final class ComponentValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HealthComponent component;
    private final Integer value;
    private final int weight;
    private final Integer factA;
    private final Integer factB;
    private final Integer factC;

    public ComponentValue(HealthComponent component, Integer value, int weight, Integer factA, Integer factB,
                          Integer factC) {
        this.component = component;
        this.value = value;
        this.weight = weight;
        this.factA = factA;
        this.factB = factB;
        this.factC = factC;
    }

    /** Whether the component counts in the score: switched on and known. */
    public boolean counts() {
        return weight > 0 && value != null;
    }

    ComponentValue weighted(int newWeight) {
        return new ComponentValue(component, value, newWeight, factA, factB, factC);
    }

    public HealthComponent getComponent() {
        return component;
    }

    public Integer getValue() {
        return value;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isKnown() {
        return value != null;
    }

    public boolean isSwitchedOn() {
        return weight > 0;
    }

    public Integer getFactA() {
        return factA;
    }

    public Integer getFactB() {
        return factB;
    }

    public Integer getFactC() {
        return factC;
    }
}
