package com.kamplanner.selection;

import java.io.Serializable;

/** The two thresholds the KA Director sets, splitting each 0..10 axis into low and high; equal counts as high. */
public class MatrixThresholds implements Serializable {

    private static final long serialVersionUID = 1L;

    private double attractiveness;
    private double strength;

    public MatrixThresholds() {
    }

    public MatrixThresholds(double attractiveness, double strength) {
        this.attractiveness = attractiveness;
        this.strength = strength;
    }

    public double getAttractiveness() {
        return attractiveness;
    }

    public void setAttractiveness(double attractiveness) {
        this.attractiveness = attractiveness;
    }

    public double getStrength() {
        return strength;
    }

    public void setStrength(double strength) {
        this.strength = strength;
    }
}
