package com.kamplanner.competency;

import java.io.Serializable;

/** One competency on a KAM's profile: validated level, target, change since the last campaign, self vs manager. */
public class ProfileLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String area;
    private final String name;
    private final Integer current;
    private final Integer target;
    private final Integer trend;
    private final Integer self;
    private final Integer manager;

    public ProfileLine(String code, String area, String name, Integer current, Integer target, Integer trend,
                       Integer self, Integer manager) {
        this.code = code;
        this.area = area;
        this.name = name;
        this.current = current;
        this.target = target;
        this.trend = trend;
        this.self = self;
        this.manager = manager;
    }

    public String getCode() {
        return code;
    }

    public String getArea() {
        return area;
    }

    public String getName() {
        return name;
    }

    public Integer getCurrent() {
        return current;
    }

    public Integer getTarget() {
        return target;
    }

    /** Change since the previous validated campaign, or null without one. */
    public Integer getTrend() {
        return trend;
    }

    public Integer getSelf() {
        return self;
    }

    public Integer getManager() {
        return manager;
    }

    /** Below target: what the heat map colours. */
    public boolean isBelowTarget() {
        return target != null && (current == null || current < target);
    }

    public boolean isDisagreement() {
        return self != null && manager != null && Math.abs(self - manager) >= GapAnalysis.NOTABLE_DISAGREEMENT;
    }
}
