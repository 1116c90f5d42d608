package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A conditional move: "whatever situation X, if it happens, I do Y". The strategy is a conditional plan, not
 * only a list of actions; each contingency names its trigger, the response, and the action plans that respond.
 */
@Entity
@Table(name = "contingency")
public class Contingency implements java.io.Serializable {

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

    public long getVersion() {
        return version;
    }
}
