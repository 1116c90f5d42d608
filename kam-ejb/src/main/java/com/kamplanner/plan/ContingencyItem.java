package com.kamplanner.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A contingency of the plan: the trigger and the response, and, when its trigger is a watched condition, what it
 * watches (the kind's name, the target's label) and whether it fired, when and on what value.
 */
public class ContingencyItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private String trigger;
    private String response;
    private String conditionKind;
    private String targetName;
    private String state;
    private Instant firedAt;
    private BigDecimal firedValue;

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

    /** The name of the condition's kind ({@code WatchedCondition.Kind}); null for a trigger in text only. */
    public String getConditionKind() {
        return conditionKind;
    }

    public void setConditionKind(String conditionKind) {
        this.conditionKind = conditionKind;
    }

    public String getTargetName() {
        return targetName;
    }

    public void setTargetName(String targetName) {
        this.targetName = targetName;
    }

    /** The name of the contingency's state ({@code Contingency.State}); null before contingencies watched. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Instant getFiredAt() {
        return firedAt;
    }

    public void setFiredAt(Instant firedAt) {
        this.firedAt = firedAt;
    }

    public BigDecimal getFiredValue() {
        return firedValue;
    }

    public void setFiredValue(BigDecimal firedValue) {
        this.firedValue = firedValue;
    }

    /** True when it fired (acknowledged or not) and was not re-armed since. */
    public boolean isFired() {
        return firedAt != null;
    }
}
