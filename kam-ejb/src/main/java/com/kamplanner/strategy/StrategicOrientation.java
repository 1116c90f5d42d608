package com.kamplanner.strategy;

import com.kamplanner.selection.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * The one strategic orientation the team picks for the account after the TOWS matrix: a direction of investment,
 * a statement, and a justification when the direction departs from the account's posture in the selection matrix.
 */
@Embeddable
public class StrategicOrientation implements java.io.Serializable {

    /** How much the supplier invests in the relationship; each selection matrix quadrant has its usual one. */
    public enum Direction {
        INVEST_FOR_GROWTH, INVEST_SELECTIVELY, MAINTAIN, MANAGE_FOR_CASH;

        /** The usual direction of a quadrant: Strategic grows, Star invests selectively, and so on. */
        public static Direction postureOf(Quadrant quadrant) {
            return switch (quadrant) {
                case STRATEGIC -> INVEST_FOR_GROWTH;
                case STAR -> INVEST_SELECTIVELY;
                case STATUS -> MAINTAIN;
                case STREAMLINE -> MANAGE_FOR_CASH;
            };
        }

        /** True when this direction is not the quadrant's usual posture; no quadrant, nothing to contradict. */
        public boolean contradicts(Quadrant quadrant) {
            return quadrant != null && this != postureOf(quadrant);
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 20)
    private Direction direction;

    @Size(max = 1000, message = "{strategy.orientation.statement.size}")
    @Column(name = "orientation_statement", length = 1000)
    private String statement;

    @Size(max = 2000, message = "{strategy.orientation.justification.size}")
    @Column(name = "orientation_justification", length = 2000)
    private String justification;

    public StrategicOrientation() {
    }

    public StrategicOrientation(Direction direction, String statement, String justification) {
        this.direction = direction;
        this.statement = statement;
        this.justification = justification;
    }

    public boolean isChosen() {
        return direction != null;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
