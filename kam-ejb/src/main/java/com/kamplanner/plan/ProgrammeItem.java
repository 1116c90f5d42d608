package com.kamplanner.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An action programme of the plan with its action plans.
 */
public class ProgrammeItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String description;
    private List<ActionPlanItem> plans = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<ActionPlanItem> getPlans() {
        return plans;
    }

    public void setPlans(List<ActionPlanItem> plans) {
        this.plans = plans;
    }
}
