package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conditional move: "whatever situation X, if it happens, I do Y". The strategy is a conditional plan, not
 * only a list of actions; each contingency names its trigger, the response, and the action plans that respond.
 * Its trigger may also be a {@link WatchedCondition} that {@link ContingencyWatch} checks: armed, it fires once
 * (when, on what value), wakes its dormant action plans, and stays fired until the KAM re-arms it.
 */
@Entity
@Table(name = "contingency")
public class Contingency implements java.io.Serializable {

    /** Where the watch stands: armed, fired (not yet seen), acknowledged by the KAM. */
    public enum State {
        ARMED, FIRED, ACKNOWLEDGED
    }

    @Id
    @SequenceGenerator(name = "contingency_seq", sequenceName = "contingency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contingency_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @NotBlank(message = "{strategy.contingency.trigger.required}")
    @Size(max = 1000, message = "{strategy.contingency.trigger.size}")
    @Column(name = "trigger_event", nullable = false, length = 1000)
    private String trigger;

    @NotBlank(message = "{strategy.contingency.response.required}")
    @Size(max = 2000, message = "{strategy.contingency.response.size}")
    @Column(nullable = false, length = 2000)
    private String response;

    @ManyToMany
    @JoinTable(name = "contingency_action_plan", joinColumns = @JoinColumn(name = "contingency_id"),
            inverseJoinColumns = @JoinColumn(name = "plan_id"))
    private List<ActionPlan> plans = new ArrayList<>();

    @Valid
    @Embedded
    private WatchedCondition condition = new WatchedCondition();

    @Enumerated(EnumType.STRING)
    @Column(name = "watch_state", nullable = false, length = 12)
    private State state = State.ARMED;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "fired_value", precision = 19, scale = 4)
    private BigDecimal firedValue;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 40)
    private String acknowledgedBy;

    @Version
    private long version;

    public Contingency() {
    }

    public Contingency(String trigger, String response) {
        this.trigger = trigger;
        this.response = response;
    }

    void attachTo(Strategy strategy) {
        this.strategy = strategy;
    }

    void copyFrom(Contingency edited) {
        trigger = edited.trigger;
        response = edited.response;
        condition = edited.condition == null ? new WatchedCondition() : edited.condition.copy();
    }

    /** Records the firing, once: only an armed contingency fires. */
    void fire(Instant at, BigDecimal value) {
        if (state != State.ARMED) {
            throw new IllegalStateException("Contingency " + id + " is " + state);
        }
        state = State.FIRED;
        firedAt = at;
        firedValue = value;
    }

    /** The KAM has seen the firing. */
    void acknowledge(String by, Instant at) {
        state = State.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    /** Watches again, forgetting the last firing. */
    void rearm() {
        state = State.ARMED;
        firedAt = null;
        firedValue = null;
        acknowledgedAt = null;
        acknowledgedBy = null;
    }

    /** True when it has fired and was not re-armed since (acknowledged or not). */
    public boolean isFired() {
        return state != State.ARMED;
    }

    /** True when the trigger is a condition that is checked, not only text. */
    public boolean isWatching() {
        return condition != null && !condition.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    /** The action plans that carry out the response. */
    public List<ActionPlan> getPlans() {
        return plans;
    }

    public WatchedCondition getCondition() {
        if (condition == null) {
            condition = new WatchedCondition();
        }
        return condition;
    }

    public void setCondition(WatchedCondition condition) {
        this.condition = condition;
    }

    public State getState() {
        return state;
    }

    public Instant getFiredAt() {
        return firedAt;
    }

    public BigDecimal getFiredValue() {
        return firedValue;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public long getVersion() {
        return version;
    }
}
