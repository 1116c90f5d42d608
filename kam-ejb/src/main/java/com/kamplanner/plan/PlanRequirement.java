package com.kamplanner.plan;

import com.kamplanner.selection.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The compliance with the plan template the KA Director requires of the plans of one segment, in percent of the
 * template's fields; a plan below it cannot be submitted. Mandatory fields of the template are required anyway.
 */
@Entity
@Table(name = "plan_requirement")
public class PlanRequirement implements java.io.Serializable {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Min(value = 0, message = "{plan.requirement.range}")
    @Max(value = 100, message = "{plan.requirement.range}")
    @Column(name = "minimum_compliance", nullable = false)
    private int minimumCompliance;

    @Version
    private long version;

    protected PlanRequirement() {
    }

    public PlanRequirement(Quadrant segment, int minimumCompliance) {
        this.segment = segment;
        this.minimumCompliance = minimumCompliance;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public int getMinimumCompliance() {
        return minimumCompliance;
    }

    public void setMinimumCompliance(int minimumCompliance) {
        this.minimumCompliance = minimumCompliance;
    }

    public long getVersion() {
        return version;
    }
}
