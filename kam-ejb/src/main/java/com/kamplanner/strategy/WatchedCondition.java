package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a contingency watches, besides its free-text trigger: a {@link Kind} of condition on one target of the
 * account (an objective's indicator, a stakeholder, an action plan as a milestone, a competitor of the Key Account
 * Database, the account's own health), with its operator, threshold or date. Absent as a whole (no kind) for a contingency nobody watches;
 * {@link WatchRules#checkCondition} says which part is missing. The target's label is kept with it, so that a
 * firing names what it fired on even once the target is gone.
 */
@Embeddable
public class WatchedCondition implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a condition reads. */
    public enum Target {
        OBJECTIVE, STAKEHOLDER, ACTION_PLAN, COMPETITOR,
        /** The account itself: nothing to pick, the condition reads the account's stored health score. */
        ACCOUNT
    }

    /** Which way a value crosses its threshold. */
    public enum Operator {
        BELOW, ABOVE;

        /** True when {@code value} is strictly past {@code threshold}: the threshold itself does not fire. */
        public boolean crossed(BigDecimal value, BigDecimal threshold) {
            int c = value.compareTo(threshold);
            return this == BELOW ? c < 0 : c > 0;
        }
    }

    /**
     * The kinds of condition. Each names its target, its operators and whether it needs a threshold or a date; a
     * new kind is a new constant with its check in {@link WatchRules}.
     */
    public enum Kind {
        /** An indicator's latest actual crossing a threshold, above or below. */
        INDICATOR(Target.OBJECTIVE, true, false, Operator.BELOW, Operator.ABOVE),
        /** A stakeholder's attitude turning to opponent. */
        STAKEHOLDER_OPPONENT(Target.STAKEHOLDER, false, false),
        /** A decision maker leaving the stakeholder map. */
        DECISION_MAKER_LEFT(Target.STAKEHOLDER, false, false),
        /** A date passing without a milestone (an action plan) done. */
        MILESTONE_MISSED(Target.ACTION_PLAN, false, true),
        /** A competitor's estimated share in the Key Account Database rising above a value. */
        COMPETITOR_SHARE(Target.COMPETITOR, true, false, Operator.ABOVE),
        /** The account's stored health score (0–100) falling below a value. */
        HEALTH_BELOW(Target.ACCOUNT, true, false, Operator.BELOW);

        private final Target target;
        private final boolean threshold;
        private final boolean date;
        private final java.util.List<Operator> operators;

        Kind(Target target, boolean threshold, boolean date, Operator... operators) {
            this.target = target;
            this.threshold = threshold;
            this.date = date;
            this.operators = java.util.List.of(operators);
        }

        public Target getTarget() {
            return target;
        }

        public boolean needsThreshold() {
            return threshold;
        }

        public boolean needsDate() {
            return date;
        }

        /** The operators the kind takes; empty for a kind without a threshold. */
        public java.util.List<Operator> getOperators() {
            return operators;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_kind", length = 24)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_operator", length = 8)
    private Operator operator;

    @DecimalMin(value = "-1000000000", message = "{strategy.condition.threshold.range}")
    @DecimalMax(value = "1000000000", message = "{strategy.condition.threshold.range}")
    @Column(name = "condition_threshold", precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(name = "condition_date")
    private LocalDate date;

    /** The objective, stakeholder or action plan watched; null for a competitor, watched by name, and the account. */
    @Column(name = "target_id")
    private Long targetId;

    /**
     * The target's label when the condition was saved: the indicator, the contact, the plan, the competitor or, for
     * the account's health, the account.
     */
    @Size(max = 200, message = "{strategy.condition.target.size}")
    @Column(name = "target_name", length = 200)
    private String targetName;

    public WatchedCondition() {
    }

    public WatchedCondition(Kind kind, Long targetId, String targetName, Operator operator, BigDecimal threshold,
                            LocalDate date) {
        this.kind = kind;
        this.targetId = targetId;
        this.targetName = targetName;
        this.operator = operator;
        this.threshold = threshold;
        this.date = date;
    }

    /** True when the contingency watches nothing: its trigger is free text only. */
    public boolean isEmpty() {
        return kind == null;
    }

    public WatchedCondition copy() {
        return new WatchedCondition(kind, targetId, targetName, operator, threshold, date);
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Operator getOperator() {
        return operator;
    }

    public void setOperator(Operator operator) {
        this.operator = operator;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public void setTargetName(String targetName) {
        this.targetName = targetName;
    }
}
