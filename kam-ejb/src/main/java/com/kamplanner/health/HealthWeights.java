package com.kamplanner.health;

import com.kamplanner.platform.Lifecycle;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.Versioned;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One version of a segment's health weights, with the drop that notifies and the score the congruence board flags
 * below. Versioned as the selection criteria are ({@link Lifecycle}): a change is a new version that replaces the
 * active one of its segment, and the replaced ones stay, archived, as the history of the KA Director's choices.
 */
@Entity
@Table(name = "health_weights")
public class HealthWeights implements Serializable, Versioned {

    private static final long serialVersionUID = 1L;

    public static final String NOT_A_DRAFT = "health.weights.notDraft";

    @Id
    @SequenceGenerator(name = "health_weights_seq", sequenceName = "health_weights_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_weights_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Quadrant segment;

    @Embedded
    @AttributeOverride(name = "number", column = @Column(name = "weights_number", nullable = false))
    private Lifecycle lifecycle;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "plan_freshness", nullable = false)
    private int planFreshness;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "document_compliance", nullable = false)
    private int documentCompliance;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "stakeholder_coverage", nullable = false)
    private int stakeholderCoverage;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "action_progress", nullable = false)
    private int actionProgress;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "indicator_trajectory", nullable = false)
    private int indicatorTrajectory;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "sponsor_engagement", nullable = false)
    private int sponsorEngagement;

    @Min(value = 0, message = "{health.weights.range}") @Max(value = 100, message = "{health.weights.range}")
    @Column(name = "relationship_stage", nullable = false)
    private int relationshipStage;

    @Min(value = 1, message = "{health.drop.range}") @Max(value = 100, message = "{health.drop.range}")
    @Column(name = "drop_threshold", nullable = false)
    private int dropThreshold = HealthRules.DEFAULT_DROP_THRESHOLD;

    @Min(value = 0, message = "{health.alert.range}") @Max(value = 100, message = "{health.alert.range}")
    @Column(name = "alert_below", nullable = false)
    private int alertBelow;

    @Version
    private long version;

    protected HealthWeights() {
    }

    /** A new draft for {@code segment} with the given version number and the values of {@code from}. */
    HealthWeights(Quadrant segment, int number, HealthWeights from) {
        this.segment = segment;
        this.lifecycle = new Lifecycle(number);
        if (from != null) {
            setWeights(from.weights());
            this.dropThreshold = from.dropThreshold;
            this.alertBelow = from.alertBelow;
        }
    }

    /** The weight of each component, in component order. */
    public Map<HealthComponent, Integer> weights() {
        return HealthRules.weights(planFreshness, documentCompliance, stakeholderCoverage, actionProgress,
                indicatorTrajectory, sponsorEngagement, relationshipStage);
    }

    public void setWeights(Map<HealthComponent, Integer> weights) {
        planFreshness = weights.getOrDefault(HealthComponent.PLAN_FRESHNESS, 0);
        documentCompliance = weights.getOrDefault(HealthComponent.DOCUMENT_COMPLIANCE, 0);
        stakeholderCoverage = weights.getOrDefault(HealthComponent.STAKEHOLDER_COVERAGE, 0);
        actionProgress = weights.getOrDefault(HealthComponent.ACTION_PROGRESS, 0);
        indicatorTrajectory = weights.getOrDefault(HealthComponent.INDICATOR_TRAJECTORY, 0);
        sponsorEngagement = weights.getOrDefault(HealthComponent.SPONSOR_ENGAGEMENT, 0);
        relationshipStage = weights.getOrDefault(HealthComponent.RELATIONSHIP_STAGE, 0);
    }

    @Override
    public void checkActivable() {
        HealthRules.checkWeights(weights(), dropThreshold, alertBelow);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    @Override
    public String notDraftKey() {
        return NOT_A_DRAFT;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public int getNumber() {
        return lifecycle.getNumber();
    }

    public LifecycleStatus getStatus() {
        return lifecycle.getStatus();
    }

    public Instant getActivatedAt() {
        return lifecycle.getActivatedAt();
    }

    public int getDropThreshold() {
        return dropThreshold;
    }

    public void setDropThreshold(int dropThreshold) {
        this.dropThreshold = dropThreshold;
    }

    public int getAlertBelow() {
        return alertBelow;
    }

    public void setAlertBelow(int alertBelow) {
        this.alertBelow = alertBelow;
    }

    public long getVersion() {
        return version;
    }
}
